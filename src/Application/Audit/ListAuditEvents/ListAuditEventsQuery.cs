namespace Platform.Application.Audit.ListAuditEvents;

/// <summary>The audit trail, newest first, filtered, one page at a time; pass the previous page's <c>nextCursor</c> for the next.</summary>
public sealed record ListAuditEventsQuery(Guid? UserId, string? Type, DateTimeOffset? From, DateTimeOffset? To, string? Cursor, int Limit)
    : IQuery<AuditEventPage>
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;
}
