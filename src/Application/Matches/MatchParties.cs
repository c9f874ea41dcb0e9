using Platform.Application.Teams.Contracts;
using Platform.Domain.Matches;

namespace Platform.Application.Matches;

/// <summary>
/// The two teams of a match as the teams module knows them now, and which of them a caller acts for. A pending
/// tournament match may not know a side yet, and a team may have been deleted since: that side is null.
/// </summary>
internal sealed record MatchParties(TeamCard? Home, TeamCard? Away)
{
    /// <summary>The teams as they are now: null for a side not known yet, or for a team deleted since.</summary>
    public static async Task<MatchParties> LoadAsync(ITeamDirectory teams, Guid? homeTeamId, Guid? awayTeamId, CancellationToken cancellationToken) =>
        new(homeTeamId is { } homeId ? await teams.FindAsync(homeId, cancellationToken) : null,
            awayTeamId is { } awayId ? await teams.FindAsync(awayId, cancellationToken) : null);

    public static MatchSide SideOf(TeamCard team) => new(team.Id, team.Sport, team.CaptainId, team.MemberIds);

    /// <summary>Whether the user plays for either team (and so sees the report and the history).</summary>
    public bool Includes(Guid userId) => Home?.MemberIds.Contains(userId) == true || Away?.MemberIds.Contains(userId) == true;

    /// <summary>
    /// The side the user captains; one who captains both acts for the side expected to answer (the one that did not
    /// propose, or did not report). Someone who captains neither gets a side the match then refuses.
    /// </summary>
    public MatchSide ActingSideOf(Match match, Guid userId)
    {
        var captainsHome = Home?.CaptainId == userId;
        var captainsAway = Away?.CaptainId == userId;
        if (captainsHome && captainsAway)
        {
            var waiting = match.Status == MatchStatus.Proposed ? match.ProposedByTeamId : match.Report?.ReportedByTeamId;
            return SideOf(waiting == Home!.Id ? Away! : Home);
        }

        return (captainsAway ? Away : captainsHome ? Home : Home ?? Away) is { } side ? SideOf(side) : new MatchSide(Guid.Empty, match.Sport, Guid.Empty, new HashSet<Guid>());
    }
}
