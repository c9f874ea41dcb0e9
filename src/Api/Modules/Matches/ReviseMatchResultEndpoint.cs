using Platform.Application.Matches;
using Platform.Application.Matches.ReviseMatchResult;
using Platform.Domain.Identity;

namespace Platform.Api.Modules.Matches;

internal static class ReviseMatchResultEndpoint
{
    public static RouteHandlerBuilder MapReviseMatchResult(this IEndpointRouteBuilder group) =>
        group.MapPatch("/{id:guid}/result", async Task<Results<Ok<MatchResponse>, ProblemHttpResult>> (
                Guid id, ReviseMatchResultRequest body, ClaimsPrincipal user, HttpContext http, IMediator mediator, CancellationToken cancellationToken,
                bool cascade = false) =>
            {
                if (!EntityTags.TryReadIfMatch(http.Request, out var version, out var refusal))
                {
                    return refusal!;
                }

                var command = new ReviseMatchResultCommand(body.HomeScore, body.AwayScore, body.WinnerTeamId, body.DecidedBy, body.Reason)
                {
                    Id = id, UserId = user.UserId(), IsModerator = user.IsInRole(Role.Moderator), ExpectedVersion = version, Cascade = cascade,
                };
                return (await mediator.Send(command, cancellationToken)).ToOkWithEntityTag(http, match => match.Version);
            })
            .WithSummary("Edit a decided match's result (a tournament's organisers; moderators for friendlies)")
            .WithDescription("With a reason, kept in the history; `If-Match` with the match's ETag (428 `precondition_required`; stale: 412). The same winner is applied at once. A new winner whose later matches already have reports or results is 409 `downstream_matches_affected` with `affectedMatchIds`, unless `cascade=true`: those matches go back to pending (a Swiss's later rounds are taken away, to be paired again with `rounds/next`), each raising `MatchResultReverted`, a completed tournament is under way again, and the bracket advances from the results that stand. An undecided match is 409 `match_not_decided`; others than those who decide 403 `match_permission_denied`.")
            .WithName("ReviseMatchResult")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
}

/// <summary>The result as it should stand, and why.</summary>
/// <param name="HomeScore">0 to 999.</param>
/// <param name="AwayScore">0 to 999.</param>
/// <param name="WinnerTeamId">As in a report: needed for a level score in elimination.</param>
/// <param name="DecidedBy">regular (the default), extra_time or penalties.</param>
/// <param name="Reason">1 to 1000 characters, kept in the match's history.</param>
public sealed record ReviseMatchResultRequest(
    int? HomeScore,
    int? AwayScore,
    Guid? WinnerTeamId,
    [property: ValuesFrom(typeof(MatchNames), nameof(MatchNames.DecidedBy))] string? DecidedBy,
    string? Reason);
