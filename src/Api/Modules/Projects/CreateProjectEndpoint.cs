using System.ComponentModel.DataAnnotations;
using Platform.Application.Projects;
using Platform.Application.Projects.CreateProject;
using Platform.Domain.Projects;

namespace Platform.Api.Modules.Projects;

internal static class CreateProjectEndpoint
{
    public static RouteHandlerBuilder MapCreateProject(this IEndpointRouteBuilder group) =>
        group.MapPost("", async Task<Results<Created<ProjectResponse>, ProblemHttpResult>> (
                CreateProjectRequest body, ClaimsPrincipal user, HttpRequest request, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new CreateProjectCommand(body.Key, body.Name, body.Description, body.Tags) { OwnerId = user.UserId() }, cancellationToken))
                    .ToCreated(created => $"{request.PathBase}{request.Path.Value?.TrimEnd('/')}/{created.Id}"))
            .WithSummary("Create a project; you become its owner")
            .WithDescription("`key`: 2-10 letters and digits starting with a letter, unique (409 `project_key_taken`); `name` 1-200 characters; optional `description` (up to 4000) and `tags` (up to 20).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("CreateProject");
}

/// <summary>Creates a project; the caller becomes its owner.</summary>
/// <param name="Key">2-10 letters and digits starting with a letter, unique (stored upper-case), e.g. GPR.</param>
/// <param name="Name">1 to 200 characters after trimming.</param>
/// <param name="Description">Up to 4000 characters.</param>
/// <param name="Tags">Up to 20 tags of 1-32 letters, digits, '-' or '_' (stored lower-case).</param>
public sealed record CreateProjectRequest(
    [property: StringLength(ProjectKey.MaxLength, MinimumLength = ProjectKey.MinLength)] string? Key,
    [property: StringLength(Project.NameMaxLength)] string? Name,
    [property: StringLength(Project.DescriptionMaxLength)] string? Description = null,
    [property: MaxLength(Project.MaxTags), ItemsMaxLength(Project.TagMaxLength)] IReadOnlyList<string>? Tags = null);
