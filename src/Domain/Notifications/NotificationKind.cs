namespace Platform.Domain.Notifications;

/// <summary>
/// A type of notification as the rules see it: its key (<c>projects.member-added</c>), whether it concerns the
/// account's security (its mail cannot be turned off) and what a user gets until they choose.
/// </summary>
public sealed record NotificationKind(string Key, bool IsSecurity, bool DefaultInApp, EmailDelivery DefaultEmail)
{
    public NotificationSetting DefaultSetting => new(Key, DefaultInApp, DefaultEmail);
}

/// <summary>How a type of notification reaches the user by mail.</summary>
public enum EmailDelivery
{
    Off,
    Immediate,
    Digest,
}

/// <summary>What one user chose for one type: in the app or not, and how by mail.</summary>
public sealed record NotificationSetting(string Type, bool InApp, EmailDelivery Email);
