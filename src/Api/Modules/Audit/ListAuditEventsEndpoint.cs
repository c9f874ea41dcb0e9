using Platform.Application.Audit.ListAuditEvents;
using Platform.Domain.Audit;

namespace Platform.Api.Modules.Audit;

internal static class ListAuditEventsEndpoint
{
    public static RouteHandlerBuilder MapListAuditEvents(this IEndpointRouteBuilder group) =>
        group.MapGet("/audit", async Task<Results<Ok<AuditEventPage>, ProblemHttpResult>> (
                IMediator mediator, CancellationToken cancellationToken, Guid? userId = null, [ValuesFrom(typeof(AuditEventType), nameof(AuditEventType.All))] string? type = null,
                DateTimeOffset? from = null, DateTimeOffset? to = null, string? cursor = null, int limit = ListAuditEventsQuery.DefaultLimit) =>
                (await mediator.Send(new ListAuditEventsQuery(userId, type, from, to, cursor, limit), cancellationToken)).ToOk())
            .RequireAuthorization(AuthorizationPolicies.Admin)
            .WithSummary("The audit trail: sign-ins, refresh-token reuse, logouts, password and role changes, admin actions; newest first")
            .WithDescription(
                $"Filters: `userId` (the account or the actor), `type` ({string.Join(", ", AuditEventType.All)}), `from` (inclusive) and " +
                "`to` (exclusive). Cursor paging: `limit` (1-200, default 50) and the previous page's `nextCursor` as `cursor`.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .WithName("ListAuditEvents");
}
