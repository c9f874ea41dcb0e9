using Platform.Application.Common.Outbox;
using Platform.Application.Identity.Contracts;
using Platform.Application.Notifications.Contracts;
using Platform.Domain.Notifications;

namespace Platform.Application.Notifications;

/// <summary>
/// Delivers a notification as the recipient chose for its type: into the inbox (and a push of it, through the outbox,
/// once this transaction commits), by mail at once in their language with a one-click unsubscribe link, or kept for the
/// daily digest. Security types always go by mail.
/// </summary>
internal sealed class Notifier(
    NotificationCatalogue catalogue,
    INotificationRepository notifications,
    INotificationPreferencesRepository preferences,
    IUserDirectory users,
    IOutbox outbox,
    IUnsubscribeLinks unsubscribeLinks,
    NotificationMetrics metrics,
    TimeProvider clock) : INotifier
{
    public async Task NotifyAsync(Guid userId, string type, IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken)
    {
        var notificationType = catalogue.Find(type) ?? throw new InvalidOperationException($"No notification type '{type}' is in the catalogue.");
        if (await users.FindAsync(userId, cancellationToken) is not { } recipient)
        {
            return;
        }

        var setting = (await preferences.FindAsync(userId, cancellationToken))?.SettingFor(notificationType.Kind) ?? notificationType.Kind.DefaultSetting;
        if (setting.InApp || setting.Email == EmailDelivery.Digest)
        {
            var notification = Notification.Deliver(userId, notificationType.Kind, values, setting, clock.GetUtcNow());
            notifications.Add(notification);
            if (setting.InApp)
            {
                outbox.Enqueue(new NotificationCreatedV1(notification.Id, userId));
                metrics.Sent("in_app", type);
            }

            if (notification.InDigest)
            {
                metrics.Sent("digest", type);
            }
        }

        if (setting.Email == EmailDelivery.Immediate)
        {
            var unsubscribe = notificationType.Kind.IsSecurity ? null : unsubscribeLinks.LinkFor(userId, type);
            outbox.Enqueue(NotificationMail.Compose(recipient, notificationType, new NotificationValues(values), unsubscribe));
            metrics.Sent("email", type);
        }
    }
}
