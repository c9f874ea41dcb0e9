using MapsterMapper;
using Platform.Application.Audit.Contracts;

namespace Platform.Application.Audit.ListAuditEvents;

/// <summary>The audit trail, newest first, filtered, one page at a time; pass the previous page's <c>nextCursor</c> for the next.</summary>
public sealed record ListAuditEventsQuery(Guid? UserId, string? Type, DateTimeOffset? From, DateTimeOffset? To, string? Cursor, int Limit)
    : IQuery<AuditEventPage>
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;
}

internal sealed class ListAuditEventsHandler(IAuditLog auditLog, IMapper mapper)
    : IRequestHandler<ListAuditEventsQuery, Result<AuditEventPage>>
{
    public async Task<Result<AuditEventPage>> Handle(ListAuditEventsQuery request, CancellationToken cancellationToken)
    {
        Guid? after = request.Cursor is { } cursor && AuditCursor.TryParse(cursor, out var lastId) ? lastId : null;
        var filter = new AuditFilter(request.UserId, request.Type, request.From, request.To);
        var events = await auditLog.FindAsync(filter, after, request.Limit + 1, cancellationToken);
        var page = events.Take(request.Limit).Select(mapper.Map<AuditEventResponse>).ToList();
        return new AuditEventPage(page, events.Count > request.Limit ? AuditCursor.Of(page[^1].Id) : null);
    }
}
