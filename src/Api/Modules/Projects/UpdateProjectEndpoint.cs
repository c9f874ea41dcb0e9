using System.ComponentModel.DataAnnotations;
using Platform.Application.Projects;
using Platform.Application.Projects.UpdateProject;
using Platform.Domain.Projects;

namespace Platform.Api.Modules.Projects;

internal static class UpdateProjectEndpoint
{
    public static RouteHandlerBuilder MapUpdateProject(this IEndpointRouteBuilder group) =>
        group.MapPut("/{id:guid}", async Task<Results<Ok<ProjectResponse>, ProblemHttpResult>> (
                Guid id, UpdateProjectRequest body, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new UpdateProjectCommand(body.Name, body.Description, body.Tags) { Id = id, UserId = user.UserId() }, cancellationToken)).ToOk())
            .WithSummary("Replace a project's name, description and tags")
            .WithDescription("Members, maintainers and the owner may (viewers: 403 `project_permission_denied`); an archived project is read-only (409 `project_archived`).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("UpdateProject");
}

/// <summary>Replaces a project's name, description and tags (the key never changes).</summary>
/// <param name="Name">1 to 200 characters after trimming.</param>
/// <param name="Description">Up to 4000 characters; absent or null clears it.</param>
/// <param name="Tags">The complete set; absent or null clears them.</param>
public sealed record UpdateProjectRequest(
    [property: StringLength(Project.NameMaxLength)] string? Name,
    [property: StringLength(Project.DescriptionMaxLength)] string? Description = null,
    [property: MaxLength(Project.MaxTags), ItemsMaxLength(Project.TagMaxLength)] IReadOnlyList<string>? Tags = null);
