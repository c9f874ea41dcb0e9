using Platform.Application.Notifications;
using Platform.Domain.Notifications;

namespace Platform.Application.UnitTests.Support;

/// <summary>The inbox in memory: a notification added by a command is there once the unit of work saves, gone if it discards.</summary>
public sealed class InMemoryNotificationRepository : INotificationRepository
{
    private readonly List<Notification> _pending = [];

    public InMemoryNotificationRepository(FakeUnitOfWork unitOfWork)
    {
        unitOfWork.SaveHooks.Add(() =>
        {
            Stored.AddRange(_pending);
            _pending.Clear();
        });
        unitOfWork.DiscardHooks.Add(_pending.Clear);
    }

    public List<Notification> Stored { get; } = [];

    private IEnumerable<Notification> InboxOf(Guid userId) => Stored.Where(notification => notification.UserId == userId && notification.InApp);

    public Task<Notification?> FindAsync(Guid userId, Guid id, CancellationToken cancellationToken) =>
        Task.FromResult(InboxOf(userId).SingleOrDefault(notification => notification.Id == id));

    public Task<IReadOnlyList<Notification>> ListAsync(Guid userId, bool? read, string? type, Guid? before, int take, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Notification>>([.. InboxOf(userId)
            .Where(notification => (read is null || notification.IsRead == read) && (type is null || notification.Type == type)
                && (before is null || notification.Id.CompareTo(before.Value) < 0))
            .OrderByDescending(notification => notification.Id)
            .Take(take)]);

    public Task<int> CountUnreadAsync(Guid userId, CancellationToken cancellationToken) => Task.FromResult(InboxOf(userId).Count(notification => !notification.IsRead));

    public Task<int> MarkReadUpToAsync(Guid userId, Guid upTo, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var marked = InboxOf(userId).Where(notification => !notification.IsRead && notification.Id.CompareTo(upTo) <= 0).ToList();
        marked.ForEach(notification => notification.MarkRead(now));
        return Task.FromResult(marked.Count);
    }

    public Task<int> PurgeAsync(DateTimeOffset readBefore, DateTimeOffset createdBefore, CancellationToken cancellationToken) =>
        Task.FromResult(Stored.RemoveAll(notification => !notification.InDigest && (notification.ReadAt < readBefore || notification.CreatedAt < createdBefore)));

    public Task<IReadOnlyList<Guid>> UsersWithDigestAsync(int take, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Guid>>([.. Stored.Where(notification => notification.InDigest).Select(notification => notification.UserId).Distinct().Take(take)]);

    public Task<IReadOnlyList<Notification>> DigestOfAsync(Guid userId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Notification>>([.. Stored.Where(notification => notification.UserId == userId && notification.InDigest).OrderBy(notification => notification.Id)]);

    public void Add(Notification notification) => _pending.Add(notification);

    public void Remove(Notification notification) => Stored.Remove(notification);
}
