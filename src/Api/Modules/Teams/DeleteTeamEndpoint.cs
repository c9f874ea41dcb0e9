using Platform.Application.Teams.DeleteTeam;

namespace Platform.Api.Modules.Teams;

internal static class DeleteTeamEndpoint
{
    public static RouteHandlerBuilder MapDeleteTeam(this IEndpointRouteBuilder group) =>
        group.MapDelete("/{id:guid}", async Task<Results<NoContent, ProblemHttpResult>> (
                Guid id, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new DeleteTeamCommand(id, user.UserId()), cancellationToken)).ToNoContent())
            .WithSummary("Delete a team you captain")
            .WithDescription("Its roster and applications go with it; its open friendlies are cancelled and its entries in tournaments not started withdrawn; the matches it played stay in the other teams' history. Answers 204 once it is gone. The captain only: anyone else's answers 403 `team_permission_denied`, an unknown id 404; a team in a tournament in progress 409 `team_in_active_tournament`.")
            .WithName("DeleteTeam")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
