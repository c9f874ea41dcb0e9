using Platform.Application.Outbox.RetryOutboxMessage;

namespace Platform.Api.Modules.Outbox;

internal static class RetryOutboxMessageEndpoint
{
    public static RouteHandlerBuilder MapRetryOutboxMessage(this IEndpointRouteBuilder group) =>
        group.MapPost("/{id:guid}/retry", async Task<Results<NoContent, ProblemHttpResult>> (
                Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new RetryOutboxMessageCommand(id), cancellationToken)).ToNoContent())
            .RequireAuthorization(AuthorizationPolicies.Admin)
            .WithSummary("Send a dead message to its consumers again (administrators)")
            .WithDescription(
                "Makes the message pending and due now, with its attempts counted afresh; consumers that already had it skip it. " +
                "404 `outbox_message_not_found` for an unknown id, 409 `outbox_message_not_dead` for a message that is pending or delivered.")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("RetryOutboxMessage");
}
