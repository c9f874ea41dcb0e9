using Platform.Domain.Notifications;

namespace Platform.Application.Notifications;

public interface INotificationPreferencesRepository
{
    /// <summary>The user's choices, tracked; null when they never chose (every type at its defaults).</summary>
    Task<NotificationPreferences?> FindAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>Users who turned the type on (in the app or by mail), in id order after <paramref name="after"/>, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<Guid>> OptedInAsync(string type, Guid? after, int limit, CancellationToken cancellationToken);

    void Add(NotificationPreferences preferences);
}
