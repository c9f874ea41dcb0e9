using Platform.Application.Notifications.MarkNotificationRead;

namespace Platform.Api.Modules.Notifications;

internal static class MarkNotificationUnreadEndpoint
{
    public static RouteHandlerBuilder MapMarkNotificationUnread(this IEndpointRouteBuilder group) =>
        group.MapPost("/{id:guid}/unread", async Task<Results<NoContent, ProblemHttpResult>> (
                Guid id, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new MarkNotificationReadCommand(id, user.UserId(), Read: false), cancellationToken)).ToNoContent())
            .WithSummary("Mark one of your notifications unread again")
            .WithDescription("Idempotent. Another user's notification, or an unknown id, is 404 `notification_not_found`.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("MarkNotificationUnread");
}
