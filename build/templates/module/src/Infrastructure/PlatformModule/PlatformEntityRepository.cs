using Platform.Application.Common.Paging;
using Platform.Application.PlatformModule;
using Platform.Domain.PlatformModule;

namespace Platform.Infrastructure.PlatformModule;

internal sealed class PlatformEntityRepository(PlatformDbContext context) : IPlatformEntityRepository
{
    public Task<PlatformEntity?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        context.Set<PlatformEntity>().SingleOrDefaultAsync(platformEntity => platformEntity.Id == id, cancellationToken);

#if (shared)
    public Task<PagedList<PlatformEntity>> ListAsync(int page, int pageSize, CancellationToken cancellationToken) =>
        context.Set<PlatformEntity>().AsNoTracking()
            .OrderByDescending(platformEntity => platformEntity.CreatedAt).ThenByDescending(platformEntity => platformEntity.Id)
            .ToPagedListAsync(page, pageSize, cancellationToken);
#else
    public Task<PagedList<PlatformEntity>> ListByOwnerAsync(Guid ownerId, int page, int pageSize, CancellationToken cancellationToken) =>
        context.Set<PlatformEntity>().AsNoTracking()
            .Where(platformEntity => platformEntity.OwnerId == ownerId)
            .OrderByDescending(platformEntity => platformEntity.CreatedAt).ThenByDescending(platformEntity => platformEntity.Id)
            .ToPagedListAsync(page, pageSize, cancellationToken);
#endif

    public void Add(PlatformEntity platformEntity) => context.Set<PlatformEntity>().Add(platformEntity);

    public void Remove(PlatformEntity platformEntity) => context.Set<PlatformEntity>().Remove(platformEntity);
}
