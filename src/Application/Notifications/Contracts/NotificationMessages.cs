using Platform.Application.Common.Outbox;

namespace Platform.Application.Notifications.Contracts;

/// <summary>A notification was put in a user's inbox; its consumer pushes it live with the new unread count.</summary>
[OutboxMessage("notifications.created.v1")]
public sealed record NotificationCreatedV1(Guid NotificationId, Guid UserId) : IOutboxMessage;
