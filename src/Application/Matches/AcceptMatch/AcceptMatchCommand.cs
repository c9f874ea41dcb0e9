using MapsterMapper;
using Platform.Application.Playgrounds.Contracts;
using Platform.Application.Teams.Contracts;

namespace Platform.Application.Matches.AcceptMatch;

/// <summary>The captain of the side that did not propose accepts: the friendly is scheduled.</summary>
public sealed record AcceptMatchCommand(Guid Id, Guid UserId) : ICommand<MatchResponse>;

internal sealed class AcceptMatchHandler(IMatchRepository matches, ITeamDirectory teams, IPlaygroundDirectory playgrounds, TimeProvider clock, IMapper mapper)
    : IRequestHandler<AcceptMatchCommand, Result<MatchResponse>>
{
    public async Task<Result<MatchResponse>> Handle(AcceptMatchCommand request, CancellationToken cancellationToken)
    {
        var found = await MatchLookup.FindAsync(matches, teams, request.Id, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        var (match, parties) = found.Value;
        var changed = match.Accept(parties.ActingSideOf(match, request.UserId), request.UserId, clock.GetUtcNow());
        return changed.IsSuccess ? mapper.MapFor(match, await MatchLookup.ZoneOfAsync(playgrounds, match, cancellationToken), seesReport: true) : changed.Error;
    }
}
