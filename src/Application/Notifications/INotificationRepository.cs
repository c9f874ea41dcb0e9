using Platform.Domain.Notifications;

namespace Platform.Application.Notifications;

public interface INotificationRepository
{
    /// <summary>One of the user's notifications shown in the app, or null (another user's is null too).</summary>
    Task<Notification?> FindAsync(Guid userId, Guid id, CancellationToken cancellationToken);

    /// <summary>The user's notifications shown in the app, newest first, older than <paramref name="before"/> when given.</summary>
    Task<IReadOnlyList<Notification>> ListAsync(Guid userId, bool? read, string? type, Guid? before, int take, CancellationToken cancellationToken);

    Task<int> CountUnreadAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>Marks read every unread notification of the user up to and including <paramref name="upTo"/>; answers how many.</summary>
    Task<int> MarkReadUpToAsync(Guid userId, Guid upTo, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Deletes notifications read before <paramref name="readBefore"/> and any created before <paramref name="createdBefore"/>,
    /// except those waiting for a digest; answers how many.
    /// </summary>
    Task<int> PurgeAsync(DateTimeOffset readBefore, DateTimeOffset createdBefore, CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="take"/> users with notifications waiting for their daily digest.</summary>
    Task<IReadOnlyList<Guid>> UsersWithDigestAsync(int take, CancellationToken cancellationToken);

    /// <summary>The user's notifications waiting for the digest, oldest first, tracked.</summary>
    Task<IReadOnlyList<Notification>> DigestOfAsync(Guid userId, CancellationToken cancellationToken);

    void Add(Notification notification);

    void Remove(Notification notification);
}
