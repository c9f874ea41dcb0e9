using Platform.Application.Tournaments.DeleteTournament;

namespace Platform.Api.Modules.Tournaments;

internal static class DeleteTournamentEndpoint
{
    public static RouteHandlerBuilder MapDeleteTournament(this IEndpointRouteBuilder group) =>
        group.MapDelete("/{id:guid}", async Task<Results<NoContent, ProblemHttpResult>> (
                Guid id, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new DeleteTournamentCommand(id, user.UserId()), cancellationToken)).ToNoContent())
            .WithSummary("Delete a tournament that has not started")
            .WithDescription("Its entries go with it; answers 204. Organisers only (403 `tournament_permission_denied`), an unknown id 404. Once started it is kept: 409 `tournament_already_started` (cancel it instead).")
            .WithName("DeleteTournament")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
