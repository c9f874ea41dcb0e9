using MapsterMapper;
using Platform.Application.Matches.Contracts;
using Platform.Application.Teams.Contracts;
using Platform.Domain.Matches;

namespace Platform.Application.Matches.GetMatchHistory;

/// <summary>Every step of a match, oldest first: for the two teams' members and whoever settles it (moderators for a friendly, the tournament's organisers for its matches); 404 to others.</summary>
public sealed record GetMatchHistoryQuery(Guid Id, Guid UserId, bool IsModerator) : IQuery<IReadOnlyList<MatchHistoryEntryResponse>>;

internal sealed class GetMatchHistoryHandler(IMatchRepository matches, ITeamDirectory teams, ICompetitions competitions, IMapper mapper)
    : IRequestHandler<GetMatchHistoryQuery, Result<IReadOnlyList<MatchHistoryEntryResponse>>>
{
    public async Task<Result<IReadOnlyList<MatchHistoryEntryResponse>>> Handle(GetMatchHistoryQuery request, CancellationToken cancellationToken)
    {
        var found = await MatchLookup.FindAsync(matches, teams, request.Id, cancellationToken);
        if (!found.IsSuccess || !await MatchLookup.SeesReportAsync(competitions, found.Value.Match, found.Value.Parties, request.UserId, request.IsModerator, cancellationToken))
        {
            return MatchesErrors.NotFound;
        }

        return Result<IReadOnlyList<MatchHistoryEntryResponse>>.Success(mapper.Map<List<MatchHistoryEntryResponse>>(found.Value.Match.History));
    }
}
