namespace Platform.Domain.Notifications;

public static class NotificationErrors
{
    public static readonly Error NotificationNotFound = Error.NotFound("notification_not_found", "No notification of yours has this id.");

    public static Error SecurityMailRequired(string type) =>
        Error.Unprocessable("notification_security_mail_required", $"Mail about '{type}' concerns your account's security and cannot be turned off.");

    public static readonly Error PreferencesChanged =
        Error.PreconditionFailed("precondition_failed", "The notification settings changed since your copy (If-Match); read them again.");

    public static readonly Error UnsubscribeLinkInvalid =
        Error.Validation("notification_unsubscribe_invalid", "This unsubscribe link is not one the platform sent, or its type no longer exists.");
}
