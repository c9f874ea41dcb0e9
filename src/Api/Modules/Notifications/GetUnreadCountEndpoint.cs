using Platform.Application.Notifications.GetUnreadCount;

namespace Platform.Api.Modules.Notifications;

internal static class GetUnreadCountEndpoint
{
    public static RouteHandlerBuilder MapGetUnreadCount(this IEndpointRouteBuilder group) =>
        group.MapGet("/unread-count", async Task<Results<Ok<UnreadCountResponse>, ProblemHttpResult>> (
                ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetUnreadCountQuery(user.UserId()), cancellationToken)).ToOk())
            .WithSummary("How many of your notifications are unread")
            .WithDescription("The badge. Each `notificationReceived` push carries it too.")
            .WithName("GetUnreadNotificationCount");
}
