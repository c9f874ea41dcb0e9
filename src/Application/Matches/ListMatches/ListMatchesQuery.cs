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
        var zones = new Dictionary<Guid, string?>();
        var teamCards = new Dictionary<Guid, TeamCard?>();
        var organises = new Dictionary<Guid, bool>();
        var items = new List<MatchResponse>(shown.Count);
        foreach (var match in shown)
        {
            if (match.PlaygroundId is { } playgroundId && !zones.ContainsKey(playgroundId))
            {
                zones[playgroundId] = (await playgrounds.FindAsync(playgroundId, cancellationToken))?.TimeZone;
            }

            var seesReport = request.IsModerator || await PlaysForAsync(match.HomeTeamId, request.UserId, teamCards, cancellationToken)
                || await PlaysForAsync(match.AwayTeamId, request.UserId, teamCards, cancellationToken)
                || (match.TournamentId is { } tournamentId && await OrganisesAsync(tournamentId, request.UserId, organises, cancellationToken));
            items.Add(mapper.MapFor(match, match.PlaygroundId is { } id ? zones[id] : null, seesReport));
        }

        var next = page.Count > request.Limit ? new MatchCursor(MatchCursor.SortTimeOf(shown[^1]), shown[^1].Id).Encode() : null;
        return new MatchPage(items, next);
    }

    private async Task<bool> OrganisesAsync(Guid tournamentId, Guid userId, Dictionary<Guid, bool> known, CancellationToken cancellationToken)
    {
        if (!known.TryGetValue(tournamentId, out var organises))
        {
            organises = known[tournamentId] = await competitions.IsOrganiserAsync(tournamentId, userId, cancellationToken);
        }

        return organises;
    }

    private async Task<bool> PlaysForAsync(Guid? side, Guid userId, Dictionary<Guid, TeamCard?> cards, CancellationToken cancellationToken)
    {
        if (side is not { } teamId)
        {
            return false;
        }

        if (!cards.TryGetValue(teamId, out var card))
        {
            card = cards[teamId] = await teams.FindAsync(teamId, cancellationToken);
        }

        return card?.MemberIds.Contains(userId) == true;
    }
}
