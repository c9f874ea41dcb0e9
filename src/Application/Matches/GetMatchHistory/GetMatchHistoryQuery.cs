using MapsterMapper;
using Platform.Application.Matches.Contracts;
using Platform.Application.Playgrounds.Contracts;
using Platform.Application.Teams.Contracts;
using Platform.Domain.Matches;

namespace Platform.Application.Matches.GetMatchHistory;

/// <summary>Every step of a match, oldest first: for the two teams' members and whoever settles it (moderators for a friendly, the tournament's organisers for its matches); 404 to others.</summary>
public sealed record GetMatchHistoryQuery(Guid Id, Guid UserId, bool IsModerator) : IQuery<IReadOnlyList<MatchHistoryEntryResponse>>;

internal sealed class GetMatchHistoryHandler(IMatchRepository matches, ITeamDirectory teams, ICompetitions competitions, IPlaygroundDirectory playgrounds, IMapper mapper)
    : IRequestHandler<GetMatchHistoryQuery, Result<IReadOnlyList<MatchHistoryEntryResponse>>>
{
    public async Task<Result<IReadOnlyList<MatchHistoryEntryResponse>>> Handle(GetMatchHistoryQuery request, CancellationToken cancellationToken)
    {
        var audience = new MatchAudience(teams, competitions, playgrounds, request.UserId, request.IsModerator);
        if (await matches.FindAsync(request.Id, cancellationToken) is not { } match || !await audience.SeesReportAsync(match, cancellationToken))
        {
            return MatchesErrors.NotFound;
        }

        return Result<IReadOnlyList<MatchHistoryEntryResponse>>.Success(mapper.Map<List<MatchHistoryEntryResponse>>(match.History));
    }
}
