using Platform.Application.Common.Paging;
using Platform.Domain.Teams;

namespace Platform.Application.Teams;

/// <summary>Loads, lists, adds and removes team aggregates; changes are saved by the unit of work, not here.</summary>
public interface ITeamRepository
{
    Task<Team?> FindAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Every team that passes the filter, whoever captains it, newest first.</summary>
    Task<PagedList<Team>> ListAsync(TeamFilter filter, int page, int pageSize, CancellationToken cancellationToken);

    /// <summary>Whether another team (not <paramref name="exceptTeamId"/>) of the sport has the name key.</summary>
    Task<bool> NameTakenAsync(string sport, string nameKey, Guid? exceptTeamId, CancellationToken cancellationToken);

    /// <summary>A team's roster with the members' public names, the captain first, then by joining time.</summary>
    Task<IReadOnlyList<TeamMemberResponse>> ListMembersAsync(Guid teamId, CancellationToken cancellationToken);

    /// <summary>The teams a player is on, by name.</summary>
    Task<IReadOnlyList<PlayerTeam>> ListForPlayerAsync(Guid userId, CancellationToken cancellationToken);

    void Add(Team team);

    void Remove(Team team);
}

/// <summary>
/// What a team list narrows to: a part of the name (any case), a sport, a city (any case) and whether it recruits; null
/// for any.
/// </summary>
public sealed record TeamFilter(string? Name, string? Sport, string? City, bool? Recruiting);
