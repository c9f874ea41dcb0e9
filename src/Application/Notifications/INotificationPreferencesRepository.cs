using Platform.Domain.Notifications;

namespace Platform.Application.Notifications;

public interface INotificationPreferencesRepository
{
    /// <summary>The user's choices, tracked; null when they never chose (every type at its defaults).</summary>
    Task<NotificationPreferences?> FindAsync(Guid userId, CancellationToken cancellationToken);

    void Add(NotificationPreferences preferences);
}
