using Platform.Application.Notifications.MarkAllNotificationsRead;

namespace Platform.Api.Modules.Notifications;

internal static class MarkAllNotificationsReadEndpoint
{
    public static RouteHandlerBuilder MapMarkAllNotificationsRead(this IEndpointRouteBuilder group) =>
        group.MapPost("/read-all", async Task<Results<Ok<MarkedReadResponse>, ProblemHttpResult>> (
                MarkAllNotificationsReadRequest body, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new MarkAllNotificationsReadCommand(user.UserId(), body.UpTo ?? Guid.Empty), cancellationToken)).ToOk())
            .WithSummary("Mark your notifications read, up to the newest one you have shown")
            .WithDescription("`upTo` is the id of the newest notification the client has shown; any that arrived after it stay unread. Answers how many were marked.")
            .ProducesValidationProblem()
            .WithName("MarkAllNotificationsRead");
}

/// <summary>Marks read every unread notification up to one.</summary>
/// <param name="UpTo">The id of the newest notification the client has shown (notification ids grow with time).</param>
public sealed record MarkAllNotificationsReadRequest(Guid? UpTo);
