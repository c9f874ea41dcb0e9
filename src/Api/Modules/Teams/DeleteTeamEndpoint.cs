using Platform.Application.Teams.DeleteTeam;

namespace Platform.Api.Modules.Teams;

internal static class DeleteTeamEndpoint
{
    public static RouteHandlerBuilder MapDeleteTeam(this IEndpointRouteBuilder group) =>
        group.MapDelete("/{id:guid}", async Task<Results<NoContent, ProblemHttpResult>> (
                Guid id, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new DeleteTeamCommand(id, user.UserId()), cancellationToken)).ToNoContent())
            .WithSummary("Delete a team you captain")
            .WithDescription("Its roster and applications go with it. Answers 204 once it is gone. The captain only: anyone else's answers 403 `team_permission_denied`, an unknown id 404.")
            .WithName("DeleteTeam")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
