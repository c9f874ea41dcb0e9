namespace Platform.Application.Audit.ListAuditEvents;

/// <summary>The paging cursor: the id of the last event of a page (ids are time-ordered), as 32 hex digits.</summary>
internal static class AuditCursor
{
    /// <summary>A cursor is the last id in 32 hex digits.</summary>
    public const int Length = 32;

    public static string Of(Guid lastId) => lastId.ToString("N");

    public static bool TryParse(string cursor, out Guid lastId) => Guid.TryParseExact(cursor, "N", out lastId);
}
