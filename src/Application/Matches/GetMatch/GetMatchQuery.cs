using MapsterMapper;
using Platform.Application.Matches.Contracts;
using Platform.Application.Playgrounds.Contracts;
using Platform.Application.Teams.Contracts;

namespace Platform.Application.Matches.GetMatch;

/// <summary>One match; its report only for the two teams' members and whoever settles it: moderators for a friendly, the organisers for a tournament's match.</summary>
public sealed record GetMatchQuery(Guid Id, Guid UserId, bool IsModerator) : IQuery<MatchResponse>;

internal sealed class GetMatchHandler(IMatchRepository matches, ITeamDirectory teams, IPlaygroundDirectory playgrounds, ICompetitions competitions, IMapper mapper)
    : IRequestHandler<GetMatchQuery, Result<MatchResponse>>
{
    public async Task<Result<MatchResponse>> Handle(GetMatchQuery request, CancellationToken cancellationToken)
    {
        var found = await MatchLookup.FindAsync(matches, teams, request.Id, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        var (match, parties) = found.Value;
        var seesReport = await MatchLookup.SeesReportAsync(competitions, match, parties, request.UserId, request.IsModerator, cancellationToken);
        return mapper.MapFor(match, await MatchLookup.ZoneOfAsync(playgrounds, match, cancellationToken), seesReport);
    }
}
