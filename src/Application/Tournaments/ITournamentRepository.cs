using Platform.Application.Common.Paging;
using Platform.Domain.Community.Brackets;
using Platform.Domain.Tournaments;

namespace Platform.Application.Tournaments;

/// <summary>Loads, lists, adds and removes tournament aggregates; changes are saved by the unit of work, not here.</summary>
public interface ITournamentRepository
{
    Task<Tournament?> FindAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>
    /// The tournament to change, after taking its lock until the transaction ends: its writers (entries at capacity,
    /// results advancing its bracket) take turns, each seeing what the one before committed.
    /// </summary>
    Task<Tournament?> FindForUpdateAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Every tournament that passes the filter, newest first.</summary>
    Task<PagedList<Tournament>> ListAsync(TournamentFilter filter, int page, int pageSize, CancellationToken cancellationToken);

    Task<bool> IsOrganiserAsync(Guid tournamentId, Guid userId, CancellationToken cancellationToken);

    /// <summary>Whether the team has an accepted entry in a tournament in progress.</summary>
    Task<bool> HasTeamInProgressAsync(Guid teamId, CancellationToken cancellationToken);

    /// <summary>The tournaments not started yet where the team has an entry that counts (pending, accepted or waitlisted), to change.</summary>
    Task<IReadOnlyList<Tournament>> ListOpenWithEntryOfAsync(Guid teamId, CancellationToken cancellationToken);

    void Add(Tournament tournament);

    void Remove(Tournament tournament);
}

/// <summary>What a tournament list narrows to: a sport, a city (any case), a state and a format; null for any.</summary>
public sealed record TournamentFilter(string? Sport, string? City, TournamentState? State, TournamentFormat? Format);
