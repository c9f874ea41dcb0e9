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
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("ArchiveProject");
}
