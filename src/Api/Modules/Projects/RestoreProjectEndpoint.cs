using Platform.Application.Projects;
using Platform.Application.Projects.RestoreProject;

namespace Platform.Api.Modules.Projects;

internal static class RestoreProjectEndpoint
{
    public static RouteHandlerBuilder MapRestoreProject(this IEndpointRouteBuilder group) =>
        group.MapPost("/{id:guid}/restore", async Task<Results<Ok<ProjectV2Response>, ProblemHttpResult>> (
                Guid id, ClaimsPrincipal user, HttpContext http, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new RestoreProjectCommand(id, user.UserId()), cancellationToken)).ToOkWithEntityTag(http, project => project.Version))
            .WithSummary("Restore an archived project (owners and maintainers)")
            .WithDescription("Answers the project with its new `ETag`; members get a push. Restoring an active project changes nothing. Viewers and members get 403 `project_permission_denied`; non-members 404 `project_not_found`.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("RestoreProject");
}
