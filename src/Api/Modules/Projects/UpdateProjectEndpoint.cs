using Platform.Application.Projects;
using Platform.Application.Projects.UpdateProject;

namespace Platform.Api.Modules.Projects;

internal sealed class UpdateProjectEndpoint : IEndpoint<ProjectsModule>
{
    public IReadOnlyCollection<ApiVersion> Versions { get; } = [ApiVersions.V1];

    public RouteHandlerBuilder Map(IEndpointRouteBuilder group) =>
        group.MapPut("/{id:guid}", async Task<Results<Ok<ProjectResponse>, ProblemHttpResult>> (
                Guid id, UpdateProjectCommand command, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(command with { Id = id, UserId = user.UserId() }, cancellationToken)).ToOk())
            .WithSummary("Replace a project's name, description and tags")
            .WithDescription("Members, maintainers and the owner may (viewers: 403 `project_permission_denied`); an archived project is read-only (409 `project_archived`).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
