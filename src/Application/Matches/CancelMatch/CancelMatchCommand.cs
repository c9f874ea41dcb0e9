using MapsterMapper;
using Platform.Application.Playgrounds.Contracts;
using Platform.Application.Teams.Contracts;

namespace Platform.Application.Matches.CancelMatch;

/// <summary>Either captain calls off a proposed or scheduled match.</summary>
public sealed record CancelMatchCommand(Guid Id, Guid UserId) : ICommand<MatchResponse>;

internal sealed class CancelMatchHandler(IMatchRepository matches, ITeamDirectory teams, IPlaygroundDirectory playgrounds, TimeProvider clock, IMapper mapper)
    : IRequestHandler<CancelMatchCommand, Result<MatchResponse>>
{
    public async Task<Result<MatchResponse>> Handle(CancelMatchCommand request, CancellationToken cancellationToken)
    {
        var found = await MatchLookup.FindAsync(matches, teams, request.Id, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        var (match, parties) = found.Value;
        var changed = match.Cancel(parties.ActingSideOf(match, request.UserId), request.UserId, clock.GetUtcNow());
        return changed.IsSuccess ? mapper.MapFor(match, await MatchLookup.ZoneOfAsync(playgrounds, match, cancellationToken), seesReport: true) : changed.Error;
    }
}
