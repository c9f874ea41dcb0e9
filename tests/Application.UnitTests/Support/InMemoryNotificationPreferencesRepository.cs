using Platform.Application.Notifications;
using Platform.Domain.Notifications;

namespace Platform.Application.UnitTests.Support;

public sealed class InMemoryNotificationPreferencesRepository : INotificationPreferencesRepository
{
    public List<NotificationPreferences> Stored { get; } = [];

    public Task<NotificationPreferences?> FindAsync(Guid userId, CancellationToken cancellationToken) =>
        Task.FromResult(Stored.SingleOrDefault(preferences => preferences.UserId == userId));

    public Task<IReadOnlyList<Guid>> OptedInAsync(string type, Guid? after, int limit, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Guid>>([.. Stored
            .Where(preferences => preferences.Settings.Any(setting => setting.Type == type && (setting.InApp || setting.Email != EmailDelivery.Off)))
            .Select(preferences => preferences.UserId)
            .Where(userId => after is null || userId.CompareTo(after.Value) > 0)
            .Order()
            .Take(limit)]);

    public void Add(NotificationPreferences preferences) => Stored.Add(preferences);
}
