using Platform.Application.Common.Paging;
using Platform.Domain.PlatformModule;

namespace Platform.Application.PlatformModule;

/// <summary>Loads, lists, adds and removes platformEntity aggregates; changes are saved by the unit of work, not here.</summary>
public interface IPlatformEntityRepository
{
    Task<PlatformEntity?> FindAsync(Guid id, CancellationToken cancellationToken);

#if (shared)
    /// <summary>Every platformEntity, whoever owns it, newest first.</summary>
    Task<PagedList<PlatformEntity>> ListAsync(int page, int pageSize, CancellationToken cancellationToken);
#else
    /// <summary>The owner's aggregates, newest first.</summary>
    Task<PagedList<PlatformEntity>> ListByOwnerAsync(Guid ownerId, int page, int pageSize, CancellationToken cancellationToken);
#endif

    void Add(PlatformEntity platformEntity);

    void Remove(PlatformEntity platformEntity);
}
