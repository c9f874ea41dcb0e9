using Platform.Application.Teams.Contracts;
using Platform.Domain.Matches;

namespace Platform.Application.Matches;

/// <summary>
/// The two teams of a match as the teams module knows them now, and which of them a caller acts for. A pending
/// tournament match may not know a side yet: that side is null.
/// </summary>
internal sealed record MatchParties(TeamCard? Home, TeamCard? Away)
{
    /// <summary>The teams, or null when one the match names is gone.</summary>
    public static async Task<MatchParties?> LoadAsync(ITeamDirectory teams, Guid? homeTeamId, Guid? awayTeamId, CancellationToken cancellationToken)
    {
        var home = homeTeamId is { } homeId ? await teams.FindAsync(homeId, cancellationToken) : null;
        var away = awayTeamId is { } awayId ? await teams.FindAsync(awayId, cancellationToken) : null;
        return (homeTeamId is null || home is not null) && (awayTeamId is null || away is not null) ? new MatchParties(home, away) : null;
    }

    public static MatchSide SideOf(TeamCard team) => new(team.Id, team.Sport, team.CaptainId, team.MemberIds);

    /// <summary>Whether the user plays for either team (and so sees the report and the history).</summary>
    public bool Includes(Guid userId) => Home?.MemberIds.Contains(userId) == true || Away?.MemberIds.Contains(userId) == true;

    /// <summary>
    /// The side the user captains; one who captains both acts for the side expected to answer (the one that did not
    /// propose, or did not report). Someone who captains neither gets a side the match then refuses.
    /// </summary>
    public MatchSide ActingSideOf(Match match, Guid userId)
    {
        if (Home is null || Away is null)
        {
            return new MatchSide(Guid.Empty, match.Sport, Guid.Empty, new HashSet<Guid>());
        }

        var captainsHome = Home.CaptainId == userId;
        var captainsAway = Away.CaptainId == userId;
        if (captainsHome && captainsAway)
        {
            var waiting = match.Status == MatchStatus.Proposed ? match.ProposedByTeamId : match.Report?.ReportedByTeamId;
            return SideOf(waiting == Home.Id ? Away : Home);
        }

        return SideOf(captainsAway ? Away : Home);
    }
}
