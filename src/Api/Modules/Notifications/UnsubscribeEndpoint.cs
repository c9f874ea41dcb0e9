using Platform.Application.Notifications.UnsubscribeFromMail;

namespace Platform.Api.Modules.Notifications;

internal static class UnsubscribeEndpoint
{
    public static RouteHandlerBuilder MapUnsubscribe(this IEndpointRouteBuilder group) =>
        group.MapPost("/unsubscribe", async Task<Results<NoContent, ProblemHttpResult>> (
                string? token, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new UnsubscribeFromMailCommand(token ?? string.Empty), cancellationToken)).ToNoContent())
            .AllowAnonymous()
            .WithSummary("One-click unsubscribe from a type of notification mail (RFC 8058)")
            .WithDescription(
                "The address of every notification mail's `List-Unsubscribe` header, which mail clients POST to (body " +
                "`List-Unsubscribe=One-Click`, which is not needed). The signed `token` names the account and the type; no sign-in. " +
                "A token that is not ours is 400 `notification_unsubscribe_invalid`. Idempotent.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithName("UnsubscribeFromMail");
}
