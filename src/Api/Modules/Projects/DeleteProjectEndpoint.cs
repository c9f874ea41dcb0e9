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
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("DeleteProject");
}
