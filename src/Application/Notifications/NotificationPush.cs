using MapsterMapper;
using Platform.Application.Common.Outbox;
using Platform.Application.Common.Realtime;
using Platform.Application.Identity.Contracts;
using Platform.Application.Notifications.Contracts;

namespace Platform.Application.Notifications;

/// <summary>
/// Pushes a new notification to its recipient's connected clients (<c>notificationReceived</c>) with their unread count,
/// in their language, and the correlation id of the request that caused it; nobody else hears of it.
/// </summary>
internal sealed class NotificationPush(
    INotificationRepository notifications, NotificationCatalogue catalogue, IUserDirectory users, IRealtimePublisher realtime, IMapper mapper)
    : IOutboxConsumer<NotificationCreatedV1>
{
    public const string EventName = "notificationReceived";

    public async Task ConsumeAsync(NotificationCreatedV1 message, OutboxDelivery delivery, CancellationToken cancellationToken)
    {
        if (await notifications.FindAsync(message.UserId, message.NotificationId, cancellationToken) is not { } notification)
        {
            return; // deleted before it could be pushed
        }

        var locale = (await users.FindAsync(message.UserId, cancellationToken))?.Locale;
        var unread = await notifications.CountUnreadAsync(message.UserId, cancellationToken);
        await realtime.PublishAsync(
            new RealtimeEvent(EventName, [message.UserId], new NotificationReceived(mapper.MapIn(notification, catalogue, locale), unread, delivery.CorrelationId)),
            cancellationToken);
    }
}

/// <summary>The body of <c>notificationReceived</c>.</summary>
public sealed record NotificationReceived(NotificationResponse Notification, int UnreadCount, string? CorrelationId);
