using Platform.Application.Notifications;
using Platform.Domain.Common;
using Platform.Domain.Notifications;

namespace Platform.Infrastructure.Notifications;

internal sealed class NotificationRepository(PlatformDbContext context) : INotificationRepository
{
    private IQueryable<Notification> InboxOf(Guid userId) => context.Set<Notification>().Where(notification => notification.UserId == userId && notification.InApp);

    public Task<Notification?> FindAsync(Guid userId, Guid id, CancellationToken cancellationToken) =>
        InboxOf(userId).SingleOrDefaultAsync(notification => notification.Id == id, cancellationToken);

    public async Task<IReadOnlyList<Notification>> ListAsync(Guid userId, bool? read, string? type, Guid? before, int take, CancellationToken cancellationToken)
    {
        var inbox = InboxOf(userId).AsNoTracking();
        if (read is { } wanted)
        {
            inbox = wanted ? inbox.Where(notification => notification.ReadAt != null) : inbox.Where(notification => notification.ReadAt == null);
        }

        if (type is not null)
        {
            inbox = inbox.Where(notification => notification.Type == type);
        }

        if (before is { } cursor)
        {
            inbox = inbox.Where(notification => notification.Id.CompareTo(cursor) < 0);
        }

        return await inbox.OrderByDescending(notification => notification.Id).Take(take).ToListAsync(cancellationToken);
    }

    public Task<int> CountUnreadAsync(Guid userId, CancellationToken cancellationToken) =>
        InboxOf(userId).CountAsync(notification => notification.ReadAt == null, cancellationToken);

    public Task<int> MarkReadUpToAsync(Guid userId, Guid upTo, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var readAt = StoredTime.From(now);
        return InboxOf(userId)
            .Where(notification => notification.ReadAt == null && notification.Id.CompareTo(upTo) <= 0)
            .ExecuteUpdateAsync(set => set.SetProperty(notification => notification.ReadAt, readAt), cancellationToken);
    }

    public Task<int> PurgeAsync(DateTimeOffset readBefore, DateTimeOffset createdBefore, CancellationToken cancellationToken) =>
        context.Set<Notification>()
            .Where(notification => !notification.InDigest && (notification.ReadAt < readBefore || notification.CreatedAt < createdBefore))
            .ExecuteDeleteAsync(cancellationToken);

    public async Task<IReadOnlyList<Guid>> UsersWithDigestAsync(int take, CancellationToken cancellationToken) =>
        await context.Set<Notification>().Where(notification => notification.InDigest)
            .Select(notification => notification.UserId).Distinct().OrderBy(userId => userId).Take(take).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<Notification>> DigestOfAsync(Guid userId, CancellationToken cancellationToken) =>
        await context.Set<Notification>().Where(notification => notification.UserId == userId && notification.InDigest)
            .OrderBy(notification => notification.Id).ToListAsync(cancellationToken);

    public void Add(Notification notification) => context.Set<Notification>().Add(notification);

    public void Remove(Notification notification) => context.Set<Notification>().Remove(notification);
}
