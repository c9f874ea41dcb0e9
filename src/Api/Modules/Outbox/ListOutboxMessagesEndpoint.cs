using Platform.Application.Outbox;
using Platform.Application.Outbox.ListOutboxMessages;

namespace Platform.Api.Modules.Outbox;

internal static class ListOutboxMessagesEndpoint
{
    public static RouteHandlerBuilder MapListOutboxMessages(this IEndpointRouteBuilder group) =>
        group.MapGet("/", async Task<Results<Ok<OutboxMessagePage>, ProblemHttpResult>> (
                IMediator mediator, CancellationToken cancellationToken,
                [ValuesFrom(typeof(OutboxMessageStatus), nameof(OutboxMessageStatus.All))] string status = OutboxMessageStatus.Dead,
                string? name = null, string? cursor = null, int limit = ListOutboxMessagesQuery.DefaultLimit) =>
                (await mediator.Send(new ListOutboxMessagesQuery(status, name, cursor, limit), cancellationToken)).ToOk())
            .RequireAuthorization(AuthorizationPolicies.Admin)
            .WithSummary("The outbox's messages of one status, dead ones by default, newest first (administrators)")
            .WithDescription(
                $"`status` is one of {string.Join(", ", OutboxMessageStatus.All)} (default dead); `name` keeps one contract, e.g. " +
                "`mail.requested.v1`. Each message has its attempts, when it is due, its last error and the correlation id of the request " +
                "that wrote it; never its payload. Cursor paging: `limit` (1-200, default 50) and the previous page's `nextCursor` as `cursor`.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .WithName("ListOutboxMessages");
}
