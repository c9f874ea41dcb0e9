using Platform.Application.Tournaments.GetBracket;

namespace Platform.Api.Modules.Tournaments;

internal static class GetBracketEndpoint
{
    public static RouteHandlerBuilder MapGetBracket(this IEndpointRouteBuilder group) =>
        group.MapGet("/{id:guid}/bracket", async Task<Results<Ok<BracketResponse>, ProblemHttpResult>> (
                Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetBracketQuery(id), cancellationToken)).ToOk())
            .WithSummary("A started tournament's draw")
            .WithDescription("Elimination: the first-round slots with seeds, entries and byes (a bye is a slot, never a match), and every match with its side (winners, losers, grand_final, third_place), status and where each side comes from (a seed, or the winner or loser of an earlier match). Round robin and Swiss: the games round by round and each round's bye. An unknown id 404; before the start 409 `tournament_not_started`.")
            .WithName("GetBracket")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
