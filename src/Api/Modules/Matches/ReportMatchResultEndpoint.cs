using System.ComponentModel.DataAnnotations;
using Platform.Application.Matches;
using Platform.Application.Matches.ReportMatchResult;
using Platform.Domain.Matches;

namespace Platform.Api.Modules.Matches;

internal static class ReportMatchResultEndpoint
{
    public static RouteHandlerBuilder MapReportMatchResult(this IEndpointRouteBuilder group) =>
        group.MapPost("/{id:guid}/reports", async Task<Results<Ok<MatchResponse>, ProblemHttpResult>> (
                Guid id, ReportMatchResultRequest body, ClaimsPrincipal user, HttpContext http, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ReportMatchResultCommand(body.HomeScore, body.AwayScore, body.WinnerTeamId, body.DecidedBy, body.Lineup)
                    { Id = id, UserId = user.UserId() }, cancellationToken)).ToOkWithEntityTag(http, match => match.Version))
            .WithSummary("Report a match's result (a captain of either team)")
            .WithDescription("Once the match is scheduled and has started (409 `match_not_reportable`; others than the captains 403 `match_permission_denied`): the match awaits the other side's confirmation until `confirmationDeadline` (24 hours), then stands. The other captain reporting the same result completes it; another result disputes it. A tied score is a draw in a friendly, or names its winner with `decidedBy` extra_time or penalties (422 `draw_not_allowed`); the lineup comes from your roster (422 `lineup_not_on_roster`); scores 0-999.")
            .WithName("ReportMatchResult")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}

/// <summary>A result as one side saw it.</summary>
/// <param name="HomeScore">0 to 999.</param>
/// <param name="AwayScore">0 to 999.</param>
/// <param name="WinnerTeamId">The winner; may be left out when the scores differ; required for a tie decided in extra time or on penalties.</param>
/// <param name="DecidedBy">regular (the default), extra_time or penalties.</param>
/// <param name="Lineup">Who played for your side (user ids from your roster), at most 100.</param>
public sealed record ReportMatchResultRequest(
    int? HomeScore,
    int? AwayScore,
    Guid? WinnerTeamId = null,
    [property: ValuesFrom(typeof(MatchNames), nameof(MatchNames.DecidedBy))] string? DecidedBy = null,
    [property: MaxLength(Match.MaxLineup)] IReadOnlyList<Guid>? Lineup = null);
