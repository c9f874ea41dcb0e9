using MapsterMapper;
using Platform.Application.Playgrounds.Contracts;
using Platform.Application.Teams.Contracts;

namespace Platform.Application.Matches.ConfirmMatchResult;

/// <summary>The other side's captain confirms the reported result: the match is completed.</summary>
public sealed record ConfirmMatchResultCommand(Guid Id, Guid UserId) : ICommand<MatchResponse>;

internal sealed class ConfirmMatchResultHandler(IMatchRepository matches, ITeamDirectory teams, IPlaygroundDirectory playgrounds, TimeProvider clock, IMapper mapper)
    : IRequestHandler<ConfirmMatchResultCommand, Result<MatchResponse>>
{
    public async Task<Result<MatchResponse>> Handle(ConfirmMatchResultCommand request, CancellationToken cancellationToken)
    {
        var found = await MatchLookup.FindAsync(matches, teams, request.Id, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        var (match, parties) = found.Value;
        var changed = match.Confirm(parties.ActingSideOf(match, request.UserId), request.UserId, clock.GetUtcNow());
        return changed.IsSuccess ? mapper.MapFor(match, await MatchLookup.ZoneOfAsync(playgrounds, match, cancellationToken), seesReport: true) : changed.Error;
    }
}
