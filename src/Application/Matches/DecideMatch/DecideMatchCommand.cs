using MapsterMapper;
using Platform.Application.Matches.Contracts;
using Platform.Application.Playgrounds.Contracts;
using Platform.Domain.Matches;

namespace Platform.Application.Matches.DecideMatch;

/// <summary>
/// A moderator settles a friendly's result, an organiser a tournament match's (a ready, scheduled, awaiting or disputed
/// match): completed, final for the teams.
/// </summary>
public sealed record DecideMatchCommand(int? HomeScore, int? AwayScore, Guid? WinnerTeamId, string? DecidedBy, string? Reason) : ICommand<MatchResponse>
{
    /// <summary>The match, set by the endpoint from the route.</summary>
    public required Guid Id { get; init; }

    /// <summary>The caller, set by the endpoint from the access token.</summary>
    public required Guid UserId { get; init; }

    /// <summary>Whether the caller has the moderator role, set by the endpoint from the access token.</summary>
    public required bool IsModerator { get; init; }
}

internal sealed class DecideMatchHandler(IMatchRepository matches, IPlaygroundDirectory playgrounds, ICompetitions competitions, TimeProvider clock, IMapper mapper)
    : IRequestHandler<DecideMatchCommand, Result<MatchResponse>>
{
    public async Task<Result<MatchResponse>> Handle(DecideMatchCommand request, CancellationToken cancellationToken)
    {
        if (await matches.FindAsync(request.Id, cancellationToken) is not { } match)
        {
            return MatchesErrors.NotFound;
        }

        if (!await MatchLookup.DecidesAsync(competitions, match, request.UserId, request.IsModerator, cancellationToken))
        {
            return MatchesErrors.PermissionDenied;
        }

        var result = MatchRules.ResultOf(match, request.HomeScore, request.AwayScore, request.WinnerTeamId, request.DecidedBy);
        if (!result.IsSuccess)
        {
            return result.Error;
        }

        var decided = match.Decide(request.UserId, result.Value, request.Reason, clock.GetUtcNow());
        return decided.IsSuccess ? mapper.MapFor(match, await MatchLookup.ZoneOfAsync(playgrounds, match, cancellationToken), seesReport: true) : decided.Error;
    }
}
