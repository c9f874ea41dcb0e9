using Platform.Domain.Common;

namespace Platform.Domain.UnitTests.Common;

public sealed class StoredTimeTests
{
    [Fact]
    public void An_instant_is_stored_in_utc_with_whole_microseconds()
    {
        var local = new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.FromHours(3)).AddTicks(1_234_567);

        var stored = StoredTime.From(local);

        Assert.Equal(TimeSpan.Zero, stored.Offset);
        Assert.Equal(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero).AddTicks(1_234_560), stored);
    }
}
