using Platform.Application.Notifications.DeleteNotification;

namespace Platform.Api.Modules.Notifications;

internal static class DeleteNotificationEndpoint
{
    public static RouteHandlerBuilder MapDeleteNotification(this IEndpointRouteBuilder group) =>
        group.MapDelete("/{id:guid}", async Task<Results<NoContent, ProblemHttpResult>> (
                Guid id, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new DeleteNotificationCommand(id, user.UserId()), cancellationToken)).ToNoContent())
            .WithSummary("Delete one of your notifications")
            .WithDescription("Another user's notification, or an unknown id, is 404 `notification_not_found`.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("DeleteNotification");
}
