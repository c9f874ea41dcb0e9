namespace Platform.Application.Notifications;

/// <summary>The paging cursor of notification lists: the last id of a page (ids are time-ordered), as 32 hex digits.</summary>
internal static class NotificationCursor
{
    public const int Length = 32;

    public static string Of(Guid lastId) => lastId.ToString("N");

    public static bool TryParse(string? cursor, out Guid lastId) => Guid.TryParseExact(cursor, "N", out lastId);
}
