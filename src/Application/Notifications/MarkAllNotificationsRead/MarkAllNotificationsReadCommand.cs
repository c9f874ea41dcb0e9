namespace Platform.Application.Notifications.MarkAllNotificationsRead;

/// <summary>
/// Marks read every unread notification of the caller up to <paramref name="UpTo"/>, the newest one the client has
/// shown: one that arrived after it stays unread.
/// </summary>
public sealed record MarkAllNotificationsReadCommand(Guid UserId, Guid UpTo) : ICommand<MarkedReadResponse>;

/// <summary>How many notifications this marked read.</summary>
public sealed record MarkedReadResponse(int Marked);

internal sealed class MarkAllNotificationsReadHandler(INotificationRepository notifications, TimeProvider clock)
    : IRequestHandler<MarkAllNotificationsReadCommand, Result<MarkedReadResponse>>
{
    public async Task<Result<MarkedReadResponse>> Handle(MarkAllNotificationsReadCommand request, CancellationToken cancellationToken) =>
        new MarkedReadResponse(await notifications.MarkReadUpToAsync(request.UserId, request.UpTo, clock.GetUtcNow(), cancellationToken));
}
