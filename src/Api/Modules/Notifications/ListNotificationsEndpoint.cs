using Platform.Application.Notifications;
using Platform.Application.Notifications.ListNotifications;

namespace Platform.Api.Modules.Notifications;

internal static class ListNotificationsEndpoint
{
    public static RouteHandlerBuilder MapListNotifications(this IEndpointRouteBuilder group) =>
        group.MapGet("", async Task<Results<Ok<NotificationPage>, ProblemHttpResult>> (
                ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken,
                bool? read = null, string? type = null, string? cursor = null, int limit = ListNotificationsQuery.DefaultLimit) =>
                (await mediator.Send(new ListNotificationsQuery(user.UserId(), read, type, cursor, limit), cancellationToken)).ToOk())
            .WithSummary("Your notifications, newest first, a page at a time")
            .WithDescription(
                "Titles and bodies are in the language of `Accept-Language` (en or ru). Filters: `read` (false: only the unread ones), " +
                "`type` (a key of GET /api/v1/notifications/types). Cursor paging: `limit` (1-100, default 20) and the previous page's " +
                "`nextCursor` as `cursor`.")
            .ProducesValidationProblem()
            .WithName("ListNotifications");
}
