using Carter;

namespace Platform.Api.Modules.Notifications;

/// <summary>The notifications centre under <c>/api/v{version}/notifications</c>: the caller's inbox, its badge, their settings, and unsubscribing from mail.</summary>
public sealed class NotificationsModule : ICarterModule
{
    public const string Tag = "Notifications";
    public const string TagDescription =
        "Your notifications (project membership and ownership, sign-ins on new devices, password changes): the inbox, newest first, " +
        "with read and unread, the unread count, and per type whether you get them in the app and by mail (immediately or in a daily " +
        "digest). New ones are also pushed live over the hub as `notificationReceived` with the unread count.";
    public const string RoutePrefix = "notifications";

    public void AddRoutes(IEndpointRouteBuilder app)
    {
        var api = app.NewVersionedApi(Tag);

        var v1 = api.MapVersionGroup(RoutePrefix, ApiVersions.V1).WithTags(Tag);
        v1.MapListNotifications();
        v1.MapGetUnreadCount();
        v1.MapMarkNotificationRead();
        v1.MapMarkNotificationUnread();
        v1.MapMarkAllNotificationsRead();
        v1.MapDeleteNotification();
        v1.MapListNotificationTypes();
        v1.MapGetNotificationPreferences();
        v1.MapUpdateNotificationPreferences();
        v1.MapUnsubscribe();
    }
}
