using Platform.Application.Projects;
using Platform.Application.Projects.DeleteProject;

namespace Platform.Api.Modules.Projects;

internal static class DeleteProjectEndpoint
{
    public static RouteHandlerBuilder MapDeleteProject(this IEndpointRouteBuilder group) =>
        group.MapDelete("/{id:guid}", async Task<Results<NoContent, ProblemHttpResult>> (
                Guid id, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new DeleteProjectCommand(id, user.UserId()), cancellationToken)).ToNoContent())
            .WithSummary("Delete a project with its members (the owner only)")
            .WithDescription("Answers 204 once the project and its memberships are gone; members get a push. Only the owner may: other members get 403 `project_permission_denied`; non-members 404 `project_not_found`.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("DeleteProject");
}
