using Platform.Application.Notifications;
using Platform.Domain.Notifications;

namespace Platform.Infrastructure.Notifications;

internal sealed class NotificationPreferencesRepository(PlatformDbContext context) : INotificationPreferencesRepository
{
    public Task<NotificationPreferences?> FindAsync(Guid userId, CancellationToken cancellationToken) =>
        context.Set<NotificationPreferences>().SingleOrDefaultAsync(preferences => preferences.UserId == userId, cancellationToken);

    public void Add(NotificationPreferences preferences) => context.Set<NotificationPreferences>().Add(preferences);
}
