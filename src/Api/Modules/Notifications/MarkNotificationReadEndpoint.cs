using Platform.Application.Notifications.MarkNotificationRead;

namespace Platform.Api.Modules.Notifications;

internal static class MarkNotificationReadEndpoint
{
    public static RouteHandlerBuilder MapMarkNotificationRead(this IEndpointRouteBuilder group) =>
        group.MapPost("/{id:guid}/read", async Task<Results<NoContent, ProblemHttpResult>> (
                Guid id, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new MarkNotificationReadCommand(id, user.UserId()), cancellationToken)).ToNoContent())
            .WithSummary("Mark one of your notifications read")
            .WithDescription("Idempotent. Another user's notification, or an unknown id, is 404 `notification_not_found`.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("MarkNotificationRead");
}
