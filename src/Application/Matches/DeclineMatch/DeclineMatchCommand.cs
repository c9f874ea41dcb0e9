using MapsterMapper;
using Platform.Application.Playgrounds.Contracts;
using Platform.Application.Teams.Contracts;

namespace Platform.Application.Matches.DeclineMatch;

/// <summary>The captain of the side that did not propose declines: the friendly is cancelled.</summary>
public sealed record DeclineMatchCommand(Guid Id, Guid UserId) : ICommand<MatchResponse>;

internal sealed class DeclineMatchHandler(IMatchRepository matches, ITeamDirectory teams, IPlaygroundDirectory playgrounds, TimeProvider clock, IMapper mapper)
    : IRequestHandler<DeclineMatchCommand, Result<MatchResponse>>
{
    public async Task<Result<MatchResponse>> Handle(DeclineMatchCommand request, CancellationToken cancellationToken)
    {
        var found = await MatchLookup.FindAsync(matches, teams, request.Id, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        var (match, parties) = found.Value;
        var changed = match.Decline(parties.ActingSideOf(match, request.UserId), request.UserId, clock.GetUtcNow());
        return changed.IsSuccess ? mapper.MapFor(match, await MatchLookup.ZoneOfAsync(playgrounds, match, cancellationToken), seesReport: true) : changed.Error;
    }
}
