using Platform.Domain.Reports;

namespace Platform.Domain.UnitTests.Reports;

public sealed class ReportGranularityTests
{
    [Theory]
    [InlineData(ReportGranularity.Day, "2026-10-25", "2026-10-25")]
    [InlineData(ReportGranularity.Week, "2026-10-19", "2026-10-25")]
    [InlineData(ReportGranularity.Month, "2026-02-01", "2026-02-28")]
    [InlineData(ReportGranularity.Month, "2028-02-01", "2028-02-29")]
    [InlineData(ReportGranularity.Month, "2026-12-01", "2026-12-31")]
    public void A_buckets_last_day_is_the_day_before_the_next_bucket(string granularity, string bucket, string lastDay) =>
        Assert.Equal(DateOnly.Parse(lastDay, System.Globalization.CultureInfo.InvariantCulture),
            ReportGranularity.LastDayOf(granularity, DateOnly.Parse(bucket, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void An_unknown_granularity_has_no_buckets() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportGranularity.LastDayOf("year", new DateOnly(2026, 1, 1)));
}
