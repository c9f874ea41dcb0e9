using Platform.Application.Projects;
using Platform.Application.Projects.ArchiveProject;

namespace Platform.Api.Modules.Projects;

internal static class ArchiveProjectEndpoint
{
    public static RouteHandlerBuilder MapArchiveProject(this IEndpointRouteBuilder group) =>
        group.MapPost("/{id:guid}/archive", async Task<Results<Ok<ProjectV2Response>, ProblemHttpResult>> (
                Guid id, ClaimsPrincipal user, HttpContext http, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ArchiveProjectCommand(id, user.UserId()), cancellationToken)).ToOkWithEntityTag(http, project => project.Version))
            .WithSummary("Archive a project: read-only until restored (owners and maintainers)")
            .WithDescription("Answers the project with its new `ETag`; members get a push. Archiving an archived project changes nothing. Viewers and members get 403 `project_permission_denied`; non-members 404 `project_not_found`.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("ArchiveProject");
}
