using Platform.Domain.Notifications;

namespace Platform.Application.Notifications.MarkNotificationRead;

/// <summary>Marks one of the caller's notifications read, or with <paramref name="Read"/> false unread again. Idempotent.</summary>
public sealed record MarkNotificationReadCommand(Guid Id, Guid UserId, bool Read = true) : ICommand<Unit>;

internal sealed class MarkNotificationReadHandler(INotificationRepository notifications, TimeProvider clock)
    : IRequestHandler<MarkNotificationReadCommand, Result<Unit>>
{
    public async Task<Result<Unit>> Handle(MarkNotificationReadCommand request, CancellationToken cancellationToken)
    {
        if (await notifications.FindAsync(request.UserId, request.Id, cancellationToken) is not { } notification)
        {
            return NotificationErrors.NotificationNotFound;
        }

        if (request.Read)
        {
            notification.MarkRead(clock.GetUtcNow());
        }
        else
        {
            notification.MarkUnread();
        }

        return Unit.Value;
    }
}
