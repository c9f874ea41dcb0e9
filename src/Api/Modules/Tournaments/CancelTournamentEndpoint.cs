using Platform.Application.Tournaments;
using Platform.Application.Tournaments.CancelTournament;

namespace Platform.Api.Modules.Tournaments;

internal static class CancelTournamentEndpoint
{
    public static RouteHandlerBuilder MapCancelTournament(this IEndpointRouteBuilder group) =>
        group.MapPost("/{id:guid}/cancel", async Task<Results<Ok<TournamentResponse>, ProblemHttpResult>> (
                Guid id, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new CancelTournamentCommand(id, user.UserId()), cancellationToken)).ToOk())
            .WithSummary("Call off a tournament that is not over")
            .WithDescription("Organisers only (403 `tournament_permission_denied`), an unknown id 404. A completed or cancelled one is 409 `tournament_finished`. Matches played stay as they are.")
            .WithName("CancelTournament")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
