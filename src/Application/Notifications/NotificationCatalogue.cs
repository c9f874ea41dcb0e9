using System.Collections.Frozen;
using Platform.Application.Notifications.Contracts;

namespace Platform.Application.Notifications;

/// <summary>Every module's notification types by key, in the order the modules list them.</summary>
public sealed class NotificationCatalogue
{
    private readonly FrozenDictionary<string, NotificationType> _byKey;

    public NotificationCatalogue(IEnumerable<INotificationTypes> modules)
    {
        All = [.. modules.SelectMany(module => module.All)];
        _byKey = All.ToFrozenDictionary(type => type.Key, StringComparer.Ordinal);
    }

    public IReadOnlyList<NotificationType> All { get; }

    public NotificationType? Find(string key) => _byKey.GetValueOrDefault(key);
}
