using Platform.Application.Matches;
using Platform.Application.Matches.DecideMatch;
using Platform.Domain.Identity;

namespace Platform.Api.Modules.Matches;

internal static class DecideMatchEndpoint
{
    public static RouteHandlerBuilder MapDecideMatch(this IEndpointRouteBuilder group) =>
        group.MapPost("/{id:guid}/decision", async Task<Results<Ok<MatchResponse>, ProblemHttpResult>> (
                Guid id, DecideMatchRequest body, ClaimsPrincipal user, HttpContext http, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new DecideMatchCommand(body.HomeScore, body.AwayScore, body.WinnerTeamId, body.DecidedBy, body.Reason)
                    { Id = id, UserId = user.UserId(), IsModerator = user.IsInRole(Role.Moderator) }, cancellationToken)).ToOkWithEntityTag(http, match => match.Version))
            .WithSummary("Decide a friendly's result (moderators)")
            .WithDescription("On a scheduled, awaiting or disputed match: completed with this result, final for the teams (a decided match: 409 `match_decided`). Others than moderators: 403 `match_permission_denied`.")
            .WithName("DecideMatch")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}

/// <summary>The result as decided, and why.</summary>
/// <param name="HomeScore">0 to 999.</param>
/// <param name="AwayScore">0 to 999.</param>
/// <param name="WinnerTeamId">As in a report.</param>
/// <param name="DecidedBy">regular (the default), extra_time or penalties.</param>
/// <param name="Reason">1 to 1000 characters, kept in the match's history.</param>
public sealed record DecideMatchRequest(
    int? HomeScore,
    int? AwayScore,
    Guid? WinnerTeamId,
    [property: ValuesFrom(typeof(MatchNames), nameof(MatchNames.DecidedBy))] string? DecidedBy,
    string? Reason);
