using Platform.Application.Matches;
using Platform.Application.Matches.GetMatch;
using Platform.Domain.Identity;

namespace Platform.Api.Modules.Matches;

internal static class GetMatchEndpoint
{
    /// <summary>A friendly at a playground whose reported result the other side disputes, as a member of either team sees it.</summary>
    private const string Example = """
        {
          "id": "0193f0a0-0000-7000-8000-0000000000c1",
          "homeTeamId": "0193f0a0-0000-7000-8000-0000000000a1",
          "awayTeamId": "0193f0a0-0000-7000-8000-0000000000a2",
          "sport": "football",
          "tournamentId": null, "side": null, "round": null, "number": null,
          "playgroundId": "0193f0a0-0000-7000-8000-0000000000d1",
          "scheduledAt": "2027-05-02T08:00:00+00:00",
          "localStartTime": "2027-05-02T10:00:00+02:00",
          "timeZone": "Europe/Berlin",
          "durationMinutes": 90,
          "status": "disputed",
          "proposedByTeamId": "0193f0a0-0000-7000-8000-0000000000a1",
          "confirmationDeadline": "2027-05-03T10:05:00+00:00",
          "result": null,
          "autoConfirmed": false,
          "report": {
            "reportedByTeamId": "0193f0a0-0000-7000-8000-0000000000a1",
            "result": { "homeScore": 2, "awayScore": 1, "winnerTeamId": "0193f0a0-0000-7000-8000-0000000000a1", "decidedBy": "regular" },
            "lineup": ["0193f0a0-0000-7000-8000-0000000000f1", "0193f0a0-0000-7000-8000-0000000000f2"],
            "reportedAt": "2027-05-02T10:05:00+00:00"
          },
          "version": 5
        }
        """;

    public static RouteHandlerBuilder MapGetMatch(this IEndpointRouteBuilder group) =>
        group.MapGet("/{id:guid}", async Task<Results<Ok<MatchResponse>, ProblemHttpResult>> (
                Guid id, ClaimsPrincipal user, HttpContext http, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetMatchQuery(id, user.UserId(), user.IsInRole(Role.Moderator)), cancellationToken)).ToOkWithEntityTag(http, match => match.Version))
            .WithSummary("One match, with its local start time and zone")
            .WithDescription("Every signed-in user reads every match; `report` is shown to the two teams' members and to whoever settles the match (moderators for a friendly, its organisers for a tournament's match); null for others. An unknown id is 404 `match_not_found`.")
            .WithName("GetMatch")
            .WithResponseExample(StatusCodes.Status200OK, Example)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
