namespace Platform.Application.Notifications.Contracts;

/// <summary>Who asked for a type of notification that is off until chosen (e.g. workout reminders), for the modules that send it.</summary>
public interface INotificationSubscribers
{
    /// <summary>Users who turned <paramref name="type"/> on, in id order after <paramref name="after"/>, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<Guid>> OptedInAsync(string type, Guid? after, int limit, CancellationToken cancellationToken);
}

internal sealed class NotificationSubscribers(INotificationPreferencesRepository preferences) : INotificationSubscribers
{
    public Task<IReadOnlyList<Guid>> OptedInAsync(string type, Guid? after, int limit, CancellationToken cancellationToken) =>
        preferences.OptedInAsync(type, after, limit, cancellationToken);
}
