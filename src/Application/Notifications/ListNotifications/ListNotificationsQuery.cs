using System.Globalization;
using MapsterMapper;

namespace Platform.Application.Notifications.ListNotifications;

/// <summary>The caller's notifications, newest first, a page at a time; only the unread or read ones, or one type, when asked.</summary>
public sealed record ListNotificationsQuery(Guid UserId, bool? Read, string? Type, string? Cursor, int Limit) : IQuery<NotificationPage>
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;
}

internal sealed class ListNotificationsHandler(INotificationRepository notifications, NotificationCatalogue catalogue, IMapper mapper)
    : IRequestHandler<ListNotificationsQuery, Result<NotificationPage>>
{
    public async Task<Result<NotificationPage>> Handle(ListNotificationsQuery request, CancellationToken cancellationToken)
    {
        Guid? before = NotificationCursor.TryParse(request.Cursor, out var lastId) ? lastId : null;
        var found = await notifications.ListAsync(request.UserId, request.Read, request.Type, before, request.Limit + 1, cancellationToken);
        var locale = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var page = found.Take(request.Limit).Select(notification => mapper.MapIn(notification, catalogue, locale)).ToList();
        return new NotificationPage(page, found.Count > request.Limit ? NotificationCursor.Of(page[^1].Id) : null);
    }
}
