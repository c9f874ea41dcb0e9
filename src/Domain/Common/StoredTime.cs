namespace Platform.Domain.Common;

/// <summary>Timestamps as the database keeps them: UTC, whole microseconds.</summary>
public static class StoredTime
{
    /// <summary>
    /// Truncates to whole microseconds in UTC, the precision PostgreSQL stores, so an entity reads back exactly
    /// as it was created.
    /// </summary>
    public static DateTimeOffset From(DateTimeOffset instant)
    {
        var utc = instant.ToUniversalTime();
        return utc.AddTicks(-(utc.Ticks % TimeSpan.TicksPerMicrosecond));
    }
}
