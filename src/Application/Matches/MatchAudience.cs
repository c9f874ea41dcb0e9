using MapsterMapper;
using Platform.Application.Matches.Contracts;
using Platform.Application.Playgrounds.Contracts;
using Platform.Application.Teams.Contracts;
using Platform.Domain.Matches;

namespace Platform.Application.Matches;

/// <summary>
/// One caller reading matches: each shown with its playground's time zone, and with its report and history only to a
/// member of either team or to whoever settles it (a moderator for a friendly, one of its organisers for a tournament's
/// match). Each team, tournament and playground is looked up once per request.
/// </summary>
internal sealed class MatchAudience(ITeamDirectory teams, ICompetitions competitions, IPlaygroundDirectory playgrounds, Guid userId, bool isModerator)
{
    private readonly Dictionary<Guid, TeamCard?> _teams = [];
    private readonly Dictionary<Guid, bool> _organises = [];
    private readonly Dictionary<Guid, string?> _zones = [];

    public async Task<MatchResponse> ViewAsync(IMapper mapper, Match match, CancellationToken cancellationToken) =>
        mapper.MapFor(match, await ZoneOfAsync(match, cancellationToken), await SeesReportAsync(match, cancellationToken));

    public async Task<bool> SeesReportAsync(Match match, CancellationToken cancellationToken) =>
        await PlaysForAsync(match.HomeTeamId, cancellationToken) || await PlaysForAsync(match.AwayTeamId, cancellationToken)
            || await SettlesAsync(match, cancellationToken);

    /// <summary>Whether the caller settles the match's result: a moderator for a friendly, an organiser of its tournament for a tournament's match.</summary>
    private async Task<bool> SettlesAsync(Match match, CancellationToken cancellationToken) =>
        match.TournamentId is { } tournamentId ? await OrganisesAsync(tournamentId, cancellationToken) : isModerator;

    private async Task<bool> OrganisesAsync(Guid tournamentId, CancellationToken cancellationToken)
    {
        if (!_organises.TryGetValue(tournamentId, out var organises))
        {
            organises = _organises[tournamentId] = await competitions.IsOrganiserAsync(tournamentId, userId, cancellationToken);
        }

        return organises;
    }

    private async Task<bool> PlaysForAsync(Guid? side, CancellationToken cancellationToken)
    {
        if (side is not { } teamId)
        {
            return false;
        }

        if (!_teams.TryGetValue(teamId, out var card))
        {
            card = _teams[teamId] = await teams.FindAsync(teamId, cancellationToken);
        }

        return card?.MemberIds.Contains(userId) == true;
    }

    private async Task<string?> ZoneOfAsync(Match match, CancellationToken cancellationToken)
    {
        if (match.PlaygroundId is not { } playgroundId)
        {
            return null;
        }

        if (!_zones.TryGetValue(playgroundId, out var zone))
        {
            zone = _zones[playgroundId] = (await playgrounds.FindAsync(playgroundId, cancellationToken))?.TimeZone;
        }

        return zone;
    }
}
