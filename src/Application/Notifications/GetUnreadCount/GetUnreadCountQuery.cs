namespace Platform.Application.Notifications.GetUnreadCount;

/// <summary>How many of the caller's notifications are unread (the badge).</summary>
public sealed record GetUnreadCountQuery(Guid UserId) : IQuery<UnreadCountResponse>;

public sealed record UnreadCountResponse(int Count);

internal sealed class GetUnreadCountHandler(INotificationRepository notifications) : IRequestHandler<GetUnreadCountQuery, Result<UnreadCountResponse>>
{
    public async Task<Result<UnreadCountResponse>> Handle(GetUnreadCountQuery request, CancellationToken cancellationToken) =>
        new UnreadCountResponse(await notifications.CountUnreadAsync(request.UserId, cancellationToken));
}
