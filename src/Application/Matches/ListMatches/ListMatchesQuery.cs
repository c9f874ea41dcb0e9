using MapsterMapper;
using Platform.Application.Matches.Contracts;
using Platform.Application.Playgrounds.Contracts;
using Platform.Application.Teams.Contracts;

namespace Platform.Application.Matches.ListMatches;

/// <summary>Matches by start time, then id, optionally of a team, a status and a time range; keyset pages.</summary>
public sealed record ListMatchesQuery(Guid? TeamId, string? Status, DateTimeOffset? From, DateTimeOffset? To, string? Cursor, int Limit, Guid UserId, bool IsModerator)
    : IQuery<MatchPage>;

internal sealed class ListMatchesHandler(IMatchRepository matches, ITeamDirectory teams, IPlaygroundDirectory playgrounds, ICompetitions competitions, IMapper mapper)
    : IRequestHandler<ListMatchesQuery, Result<MatchPage>>
{
    public async Task<Result<MatchPage>> Handle(ListMatchesQuery request, CancellationToken cancellationToken)
    {
        var filter = new MatchFilter(request.TeamId, MatchNames.StatusFrom(request.Status), request.From, request.To);
        var page = await matches.ListAsync(filter, MatchCursor.Decode(request.Cursor), request.Limit + 1, cancellationToken);
        var shown = page.Take(request.Limit).ToList();
        var audience = new MatchAudience(teams, competitions, playgrounds, request.UserId, request.IsModerator);
        var items = new List<MatchResponse>(shown.Count);
        foreach (var match in shown)
        {
            items.Add(await audience.ViewAsync(mapper, match, cancellationToken));
        }

        var next = page.Count > request.Limit ? new MatchCursor(MatchCursor.SortTimeOf(shown[^1]), shown[^1].Id).Encode() : null;
        return new MatchPage(items, next);
    }
}
