using Platform.Application.Tournaments;
using Platform.Application.Tournaments.StartNextRound;

namespace Platform.Api.Modules.Tournaments;

internal static class StartNextRoundEndpoint
{
    public static RouteHandlerBuilder MapStartNextRound(this IEndpointRouteBuilder group) =>
        group.MapPost("/{id:guid}/rounds/next", async Task<Results<Ok<TournamentResponse>, ProblemHttpResult>> (
                Guid id, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new StartNextRoundCommand(id, user.UserId()), cancellationToken)).ToOk())
            .WithSummary("Draw a Swiss's next round")
            .WithDescription("Once every match of the current round is decided (409 `round_not_complete`), until the rounds set are drawn (409 `swiss_rounds_played`); pairs within score groups, no pair twice (409 `swiss_pairing_impossible` when no such pairing exists). Organisers only (403), an unknown id 404; another format 409 `tournament_not_swiss`.")
            .WithName("StartNextRound")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
