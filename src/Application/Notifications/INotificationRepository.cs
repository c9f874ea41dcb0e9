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

    void Add(Notification notification);

    void Remove(Notification notification);
}
