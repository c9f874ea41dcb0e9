namespace Platform.Domain.Reports;

/// <summary>
/// How a report's range is cut into buckets: local days, weeks (Monday first) or calendar months of its time zone, each
/// labelled by its first local day. Each has its longest range, which bounds a report's rows.
/// </summary>
public static class ReportGranularity
{
    public const string Day = "day";
    public const string Week = "week";
    public const string Month = "month";

    public const int MaxDays = 366;
    public const int MaxWeeks = 157;
    public const int MaxMonths = 120;

    public static readonly IReadOnlyList<string> All = [Day, Week, Month];

    /// <summary>Whether [<paramref name="from"/>, <paramref name="to"/>] holds at most the buckets the granularity allows.</summary>
    public static bool Fits(string granularity, DateOnly from, DateOnly to) => granularity switch
    {
        Day => to.DayNumber - from.DayNumber < MaxDays,
        Week => (to.DayNumber - from.DayNumber) / 7 < MaxWeeks,
        Month => (to.Year - from.Year) * 12 + to.Month - from.Month < MaxMonths,
        _ => false,
    };

    /// <summary>The last local day of the bucket that starts on <paramref name="bucket"/>.</summary>
    public static DateOnly LastDayOf(string granularity, DateOnly bucket) => granularity switch
    {
        Day => bucket,
        Week => bucket.AddDays(6),
        Month => bucket.AddMonths(1).AddDays(-1),
        _ => throw new ArgumentOutOfRangeException(nameof(granularity), granularity, "Not a granularity."),
    };
}
