using Platform.Application.Audit.Contracts;
using MapsterMapper;

namespace Platform.Application.Audit.ListAuditEvents;

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
