using Platform.Application.Matches.Contracts;
using Platform.Domain.Matches;

namespace Platform.Application.Matches;

/// <summary>Loads, lists and adds matches; changes are saved by the unit of work, not here.</summary>
public interface IMatchRepository
{
    Task<Match?> FindAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>
    /// How many matches, other than <paramref name="exceptMatchId"/> and those cancelled, overlap the stretch at the
    /// playground. Takes the playground's booking lock until the transaction ends, so two bookings cannot both see a
    /// free pitch.
    /// </summary>
    Task<int> CountOverlappingAsync(Guid playgroundId, DateTimeOffset from, DateTimeOffset to, Guid? exceptMatchId, CancellationToken cancellationToken);

    /// <summary>A page of matches by start time (or, without one, when drawn), then id, after the cursor's match.</summary>
    Task<IReadOnlyList<Match>> ListAsync(MatchFilter filter, MatchCursor? after, int limit, CancellationToken cancellationToken);

    /// <summary>A tournament's matches in bracket order (side, round, number), to read.</summary>
    Task<IReadOnlyList<Match>> ListOfTournamentAsync(Guid tournamentId, CancellationToken cancellationToken);

    /// <summary>
    /// A tournament's matches in bracket order as its bracket reads them: only the columns a card needs, nothing newly
    /// tracked, and the matches this unit of work holds as it holds them (changed, added, not those it removes).
    /// </summary>
    Task<IReadOnlyList<TournamentMatchCard>> ListCardsOfTournamentAsync(Guid tournamentId, CancellationToken cancellationToken);

    /// <summary>A team's friendlies not decided or cancelled yet, to change.</summary>
    Task<IReadOnlyList<Match>> ListOpenFriendliesOfAsync(Guid teamId, CancellationToken cancellationToken);

    /// <summary>Matches whose report waited past its confirmation deadline, oldest deadline first.</summary>
    Task<IReadOnlyList<Match>> DueForConfirmationAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken);

    void Add(Match match);

    void Remove(Match match);
}

/// <summary>What a match list narrows to; null for any.</summary>
public sealed record MatchFilter(Guid? TeamId, MatchStatus? Status, DateTimeOffset? From, DateTimeOffset? To);

/// <summary>Where a page of matches ends: its last match's sort time (<see cref="SortTimeOf"/>) and id.</summary>
public sealed record MatchCursor(DateTimeOffset ScheduledAt, Guid Id)
{
    /// <summary>What a list sorts a match by: its start, or when it was drawn if it has none.</summary>
    public static DateTimeOffset SortTimeOf(Match match) => match.ScheduledAt ?? match.CreatedAt;

    public string Encode() => $"{ScheduledAt.UtcTicks}_{Id:N}";

    public static MatchCursor? Decode(string? text)
    {
        var parts = text?.Split('_');
        return parts is [var ticks, var id] && long.TryParse(ticks, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var utcTicks)
            && utcTicks <= DateTimeOffset.MaxValue.UtcTicks && Guid.TryParseExact(id, "N", out var matchId)
                ? new MatchCursor(new DateTimeOffset(utcTicks, TimeSpan.Zero), matchId)
                : null;
    }
}
