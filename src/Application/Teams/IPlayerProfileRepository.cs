using Platform.Domain.Teams;

namespace Platform.Application.Teams;

/// <summary>Loads and adds player profiles; changes are saved by the unit of work, not here.</summary>
public interface IPlayerProfileRepository
{
    /// <summary>The saved profile, or null when the user never saved one.</summary>
    Task<PlayerProfile?> FindAsync(Guid userId, CancellationToken cancellationToken);

    void Add(PlayerProfile profile);
}
