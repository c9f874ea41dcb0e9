using Platform.Domain.Notifications;

namespace Platform.Application.Notifications.DeleteNotification;

/// <summary>Removes one of the caller's notifications for good.</summary>
public sealed record DeleteNotificationCommand(Guid Id, Guid UserId) : ICommand<Unit>;

internal sealed class DeleteNotificationHandler(INotificationRepository notifications) : IRequestHandler<DeleteNotificationCommand, Result<Unit>>
{
    public async Task<Result<Unit>> Handle(DeleteNotificationCommand request, CancellationToken cancellationToken)
    {
        if (await notifications.FindAsync(request.UserId, request.Id, cancellationToken) is not { } notification)
        {
            return NotificationErrors.NotificationNotFound;
        }

        notifications.Remove(notification);
        return Unit.Value;
    }
}
