using Platform.Application.Matches.Contracts;
using Platform.Application.Playgrounds.Contracts;
using Platform.Application.Teams.Contracts;
using Platform.Domain.Matches;

namespace Platform.Application.Matches;

/// <summary>The lookups the match slices share: a match with its teams, and a playground's booking rules.</summary>
internal static class MatchLookup
{
    public static async Task<Result<(Match Match, MatchParties Parties)>> FindAsync(
        IMatchRepository matches, ITeamDirectory teams, Guid matchId, CancellationToken cancellationToken)
    {
        if (await matches.FindAsync(matchId, cancellationToken) is not { } match)
        {
            return MatchesErrors.NotFound;
        }

        return (match, await MatchParties.LoadAsync(teams, match.HomeTeamId, match.AwayTeamId, cancellationToken));
    }

    /// <summary>
    /// Whether the playground takes a match at that time: it exists (404), is open throughout in its local time (422)
    /// and has a pitch free (409, under the playground's booking lock). Answers its time zone.
    /// </summary>
    public static async Task<Result<string?>> BookAsync(
        IPlaygroundDirectory playgrounds, IMatchRepository matches, Guid? playgroundId, DateTimeOffset start, int durationMinutes, Guid? exceptMatchId,
        CancellationToken cancellationToken)
    {
        if (playgroundId is not { } id)
        {
            return (string?)null;
        }

        if (await playgrounds.FindAsync(id, cancellationToken) is not { } playground)
        {
            return MatchesErrors.PlaygroundNotFound;
        }

        var duration = TimeSpan.FromMinutes(durationMinutes);
        if (!playground.IsOpenThroughout(start, duration))
        {
            return MatchesErrors.OutsideOpeningHours;
        }

        var taken = await matches.CountOverlappingAsync(id, start, start + duration, exceptMatchId, cancellationToken);
        return taken >= playground.Pitches ? MatchesErrors.PlaygroundFullyBooked : playground.TimeZone;
    }

    /// <summary>Who settles a match's result: a moderator for a friendly, an organiser of its tournament for a tournament's match.</summary>
    public static async Task<bool> DecidesAsync(ICompetitions competitions, Match match, Guid userId, bool isModerator, CancellationToken cancellationToken) =>
        match.TournamentId is { } tournamentId ? await competitions.IsOrganiserAsync(tournamentId, userId, cancellationToken) : isModerator;

    /// <summary>The time zone of a match's playground, if it has one.</summary>
    public static async Task<string?> ZoneOfAsync(IPlaygroundDirectory playgrounds, Match match, CancellationToken cancellationToken) =>
        match.PlaygroundId is { } id ? (await playgrounds.FindAsync(id, cancellationToken))?.TimeZone : null;
}
