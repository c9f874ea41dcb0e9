using Platform.Application.Notifications;
using Platform.Domain.Notifications;

namespace Platform.Application.UnitTests.Support;

public sealed class InMemoryNotificationPreferencesRepository : INotificationPreferencesRepository
{
    public List<NotificationPreferences> Stored { get; } = [];

    public Task<NotificationPreferences?> FindAsync(Guid userId, CancellationToken cancellationToken) =>
        Task.FromResult(Stored.SingleOrDefault(preferences => preferences.UserId == userId));

    public void Add(NotificationPreferences preferences) => Stored.Add(preferences);
}
