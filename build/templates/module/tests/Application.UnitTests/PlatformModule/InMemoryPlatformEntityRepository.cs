using Platform.Application.Common.Paging;
using Platform.Application.PlatformModule;
using Platform.Domain.PlatformModule;

namespace Platform.Application.UnitTests.PlatformModule;

/// <summary>The PlatformModule repository port over a list, for handler tests through <c>PipelineHost</c>.</summary>
public sealed class InMemoryPlatformEntityRepository : IPlatformEntityRepository
{
    public List<PlatformEntity> Items { get; } = [];

    public Task<PlatformEntity?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        Task.FromResult(Items.Find(platformEntity => platformEntity.Id == id));

    public Task<PagedList<PlatformEntity>> ListByOwnerAsync(Guid ownerId, int page, int pageSize, CancellationToken cancellationToken)
    {
        var owned = Items.Where(platformEntity => platformEntity.OwnerId == ownerId)
            .OrderByDescending(platformEntity => platformEntity.CreatedAt).ThenByDescending(platformEntity => platformEntity.Id)
            .ToList();
        return Task.FromResult(new PagedList<PlatformEntity>(
            owned.Skip((page - 1) * pageSize).Take(pageSize).ToList(), page, pageSize, owned.Count));
    }

    public void Add(PlatformEntity platformEntity) => Items.Add(platformEntity);

    public void Remove(PlatformEntity platformEntity) => Items.Remove(platformEntity);
}
