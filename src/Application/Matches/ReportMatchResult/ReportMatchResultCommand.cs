using MapsterMapper;
using Platform.Application.Playgrounds.Contracts;
using Platform.Application.Teams.Contracts;
using Platform.Domain.Matches;

namespace Platform.Application.Matches.ReportMatchResult;

/// <summary>
/// A captain reports the result once the match has started; the other side confirms it, reports the same (completed)
/// or another result (disputed). Unanswered, it stands at the confirmation deadline.
/// </summary>
public sealed record ReportMatchResultCommand(int? HomeScore, int? AwayScore, Guid? WinnerTeamId, string? DecidedBy, IReadOnlyList<Guid>? Lineup) : ICommand<MatchResponse>
{
    /// <summary>The match, set by the endpoint from the route.</summary>
    public required Guid Id { get; init; }

    /// <summary>The caller, set by the endpoint from the access token.</summary>
    public required Guid UserId { get; init; }
}

internal sealed class ReportMatchResultHandler(IMatchRepository matches, ITeamDirectory teams, IPlaygroundDirectory playgrounds, TimeProvider clock, IMapper mapper)
    : IRequestHandler<ReportMatchResultCommand, Result<MatchResponse>>
{
    public async Task<Result<MatchResponse>> Handle(ReportMatchResultCommand request, CancellationToken cancellationToken)
    {
        var found = await MatchLookup.FindAsync(matches, teams, request.Id, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        var (match, parties) = found.Value;
        var result = MatchRules.ResultOf(match, request.HomeScore, request.AwayScore, request.WinnerTeamId, request.DecidedBy);
        if (!result.IsSuccess)
        {
            return result.Error;
        }

        var reported = match.ReportResult(parties.ActingSideOf(match, request.UserId), request.UserId, result.Value, request.Lineup ?? [], clock.GetUtcNow());
        return reported.IsSuccess ? mapper.MapFor(match, await MatchLookup.ZoneOfAsync(playgrounds, match, cancellationToken), seesReport: true) : reported.Error;
    }
}
