using Platform.Application.Outbox.DiscardOutboxMessage;

namespace Platform.Api.Modules.Outbox;

internal static class DiscardOutboxMessageEndpoint
{
    public static RouteHandlerBuilder MapDiscardOutboxMessage(this IEndpointRouteBuilder group) =>
        group.MapDelete("/{id:guid}", async Task<Results<NoContent, ProblemHttpResult>> (
                Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new DiscardOutboxMessageCommand(id), cancellationToken)).ToNoContent())
            .RequireAuthorization(AuthorizationPolicies.Admin)
            .WithSummary("Give a dead message up: delete it, so its consumers never get it (administrators)")
            .WithDescription(
                "404 `outbox_message_not_found` for an unknown id, 409 `outbox_message_not_dead` for a message that is pending or delivered " +
                "(only dead messages can be discarded).")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("DiscardOutboxMessage");
}
