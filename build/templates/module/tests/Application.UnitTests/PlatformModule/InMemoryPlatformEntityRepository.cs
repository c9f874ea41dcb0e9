using Platform.Application.Common.Paging;
using Platform.Application.PlatformModule;
using Platform.Application.UnitTests.Support;
using Platform.Domain.PlatformModule;

namespace Platform.Application.UnitTests.PlatformModule;

/// <summary>
/// The PlatformModule repository port over a list, for handler tests through <c>PipelineHost</c>; the aggregates it hands
/// out are tracked by the unit of work, which takes their domain events as EF Core's change tracker does.
/// </summary>
public sealed class InMemoryPlatformEntityRepository(FakeUnitOfWork unitOfWork) : IPlatformEntityRepository
{
    public List<PlatformEntity> Items { get; } = [];

    public Task<PlatformEntity?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        var platformEntity = Items.Find(candidate => candidate.Id == id);
        if (platformEntity is not null)
        {
            unitOfWork.Track(platformEntity);
        }

        return Task.FromResult(platformEntity);
    }

#if (shared)
    public Task<PagedList<PlatformEntity>> ListAsync(int page, int pageSize, CancellationToken cancellationToken)
    {
        var all = Items
            .OrderByDescending(platformEntity => platformEntity.CreatedAt).ThenByDescending(platformEntity => platformEntity.Id)
            .ToList();
        return Task.FromResult(new PagedList<PlatformEntity>(
            all.Skip((page - 1) * pageSize).Take(pageSize).ToList(), page, pageSize, all.Count));
    }
#else
    public Task<PagedList<PlatformEntity>> ListByOwnerAsync(Guid ownerId, int page, int pageSize, CancellationToken cancellationToken)
    {
        var owned = Items.Where(platformEntity => platformEntity.OwnerId == ownerId)
            .OrderByDescending(platformEntity => platformEntity.CreatedAt).ThenByDescending(platformEntity => platformEntity.Id)
            .ToList();
        return Task.FromResult(new PagedList<PlatformEntity>(
            owned.Skip((page - 1) * pageSize).Take(pageSize).ToList(), page, pageSize, owned.Count));
    }
#endif

    public void Add(PlatformEntity platformEntity)
    {
        unitOfWork.Track(platformEntity);
        Items.Add(platformEntity);
    }

    public void Remove(PlatformEntity platformEntity)
    {
        unitOfWork.Track(platformEntity);
        Items.Remove(platformEntity);
    }
}
