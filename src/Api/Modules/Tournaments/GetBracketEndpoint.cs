using Platform.Application.Tournaments.GetBracket;

namespace Platform.Api.Modules.Tournaments;

internal static class GetBracketEndpoint
{
    /// <summary>Three teams in single elimination: seed 1 meets the bye in the first round and waits for the winner of 2 v 3.</summary>
    private const string Example = """
        {
          "tournamentId": "0193f0a0-0000-7000-8000-000000000001",
          "format": "single_elimination",
          "slots": [
            { "position": 1, "seed": 1, "entryId": "0193f0a0-0000-7000-8000-0000000000e1", "teamId": "0193f0a0-0000-7000-8000-0000000000a1" },
            { "position": 2, "seed": null, "entryId": null, "teamId": null },
            { "position": 3, "seed": 2, "entryId": "0193f0a0-0000-7000-8000-0000000000e2", "teamId": "0193f0a0-0000-7000-8000-0000000000a2" },
            { "position": 4, "seed": 3, "entryId": "0193f0a0-0000-7000-8000-0000000000e3", "teamId": "0193f0a0-0000-7000-8000-0000000000a3" }
          ],
          "matches": [
            {
              "matchId": "0193f0a0-0000-7000-8000-0000000000b1", "side": "winners", "round": 1, "number": 1, "status": "completed",
              "home": { "source": "seed", "seed": 2, "fromMatchId": null, "teamId": "0193f0a0-0000-7000-8000-0000000000a2" },
              "away": { "source": "seed", "seed": 3, "fromMatchId": null, "teamId": "0193f0a0-0000-7000-8000-0000000000a3" },
              "homeScore": 2, "awayScore": 1, "winnerTeamId": "0193f0a0-0000-7000-8000-0000000000a2"
            },
            {
              "matchId": "0193f0a0-0000-7000-8000-0000000000b2", "side": "winners", "round": 2, "number": 1, "status": "ready",
              "home": { "source": "seed", "seed": 1, "fromMatchId": null, "teamId": "0193f0a0-0000-7000-8000-0000000000a1" },
              "away": { "source": "winner_of", "seed": 2, "fromMatchId": "0193f0a0-0000-7000-8000-0000000000b1", "teamId": "0193f0a0-0000-7000-8000-0000000000a2" },
              "homeScore": null, "awayScore": null, "winnerTeamId": null
            }
          ],
          "byes": []
        }
        """;

    public static RouteHandlerBuilder MapGetBracket(this IEndpointRouteBuilder group) =>
        group.MapGet("/{id:guid}/bracket", async Task<Results<Ok<BracketResponse>, ProblemHttpResult>> (
                Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetBracketQuery(id), cancellationToken)).ToOk())
            .WithSummary("A started tournament's draw")
            .WithDescription("Elimination: the first-round slots with seeds, entries and byes (a bye is a slot, never a match), and every match with its side (winners, losers, grand_final, third_place), status and where each side comes from (a seed, or the winner or loser of an earlier match). Round robin and Swiss: the games round by round and each round's bye. An unknown id 404; before the start 409 `tournament_not_started`.")
            .WithName("GetBracket")
            .WithResponseExample(StatusCodes.Status200OK, Example)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
