using Platform.Application.Teams.Contracts;
using Platform.Domain.Matches;

namespace Platform.Application.Matches;

/// <summary>The two teams of a match as the teams module knows them now, and which of them a caller acts for.</summary>
internal sealed record MatchParties(TeamCard Home, TeamCard Away)
{
    /// <summary>The teams, or null when one of them is gone.</summary>
    public static async Task<MatchParties?> LoadAsync(ITeamDirectory teams, Guid homeTeamId, Guid awayTeamId, CancellationToken cancellationToken) =>
        await teams.FindAsync(homeTeamId, cancellationToken) is { } home && await teams.FindAsync(awayTeamId, cancellationToken) is { } away
            ? new MatchParties(home, away)
            : null;

    public static MatchSide SideOf(TeamCard team) => new(team.Id, team.Sport, team.CaptainId, team.MemberIds);

    /// <summary>Whether the user plays for either team (and so sees the report and the history).</summary>
    public bool Includes(Guid userId) => Home.MemberIds.Contains(userId) || Away.MemberIds.Contains(userId);

    /// <summary>
    /// The side the user captains; one who captains both acts for the side expected to answer (the one that did not
    /// propose, or did not report). Someone who captains neither gets the home side, which the match then refuses.
    /// </summary>
    public MatchSide ActingSideOf(Match match, Guid userId)
    {
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
