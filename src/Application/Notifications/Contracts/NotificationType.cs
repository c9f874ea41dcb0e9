using Platform.Domain.Notifications;

namespace Platform.Application.Notifications.Contracts;

/// <summary>
/// A type of notification a module sends: its rules (<see cref="NotificationKind"/>) and its texts in each language
/// the platform writes, English first. A module lists its types in an <see cref="INotificationTypes"/>.
/// </summary>
public sealed record NotificationType(NotificationKind Kind, NotificationTexts English, NotificationTexts Russian)
{
    public string Key => Kind.Key;

    public NotificationTexts In(string? locale) => locale is not null && locale.StartsWith("ru", StringComparison.OrdinalIgnoreCase) ? Russian : English;
}

/// <summary>
/// What a type says in one language: its name and description in the list of types, and a notification's title and
/// body, written from the values the notification carries.
/// </summary>
public sealed record NotificationTexts(string Name, string Description, Func<NotificationValues, string> Title, Func<NotificationValues, string> Body);

/// <summary>The values a notification's texts are written from (a project's name, a device), by name.</summary>
public sealed class NotificationValues(IReadOnlyDictionary<string, string> values)
{
    public string this[string name] => values.TryGetValue(name, out var value) ? value : string.Empty;

    public long Number(string name) => long.TryParse(this[name], System.Globalization.CultureInfo.InvariantCulture, out var number) ? number : 0;
}

/// <summary>The notification types of one module; every implementation in Application joins the catalogue.</summary>
public interface INotificationTypes
{
    IEnumerable<NotificationType> All { get; }
}
