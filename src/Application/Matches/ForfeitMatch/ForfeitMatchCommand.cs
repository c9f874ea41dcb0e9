using MapsterMapper;
using Platform.Application.Matches.Contracts;
using Platform.Application.Playgrounds.Contracts;
using Platform.Domain.Matches;

namespace Platform.Application.Matches.ForfeitMatch;

/// <summary>
/// A tournament's organiser records a no-show: the teams named forfeit, the one that showed goes on (nobody when
/// neither did, and the next opponent then has a walkover). No score is invented.
/// </summary>
public sealed record ForfeitMatchCommand(IReadOnlyList<Guid>? TeamIds) : ICommand<MatchResponse>
{
    /// <summary>The match, set by the endpoint from the route.</summary>
    public required Guid Id { get; init; }

    /// <summary>The caller, set by the endpoint from the access token.</summary>
    public required Guid UserId { get; init; }
}

internal sealed class ForfeitMatchHandler(IMatchRepository matches, IPlaygroundDirectory playgrounds, ICompetitions competitions, TimeProvider clock, IMapper mapper)
    : IRequestHandler<ForfeitMatchCommand, Result<MatchResponse>>
{
    public async Task<Result<MatchResponse>> Handle(ForfeitMatchCommand request, CancellationToken cancellationToken)
    {
        if (await matches.FindAsync(request.Id, cancellationToken) is not { } match)
        {
            return MatchesErrors.NotFound;
        }

        if (match.TournamentId is null || !await MatchLookup.DecidesAsync(competitions, match, request.UserId, isModerator: false, cancellationToken))
        {
            return MatchesErrors.PermissionDenied;
        }

        var forfeited = match.Forfeit(request.TeamIds!, request.UserId, clock.GetUtcNow());
        return forfeited.IsSuccess ? mapper.MapFor(match, await MatchLookup.ZoneOfAsync(playgrounds, match, cancellationToken), seesReport: true) : forfeited.Error;
    }
}
