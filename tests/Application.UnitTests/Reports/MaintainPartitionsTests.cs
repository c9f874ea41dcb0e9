using Platform.Application.Reports.MaintainPartitions;
using Platform.Application.UnitTests.Support;

namespace Platform.Application.UnitTests.Reports;

public sealed class MaintainPartitionsTests
{
    [Fact]
    public async Task A_run_makes_this_month_and_the_next_three_and_a_second_run_makes_nothing()
    {
        await using var host = new PipelineHost();
        host.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 31, 23, 0, 0, TimeSpan.Zero));

        var first = await host.SendAsync(new MaintainPartitionsCommand());
        var second = await host.SendAsync(new MaintainPartitionsCommand());

        var partitions = host.Repository<RecordingPartitionMaintenance>();
        Assert.Equal((4, 0), (first.Value.Handled, second.Value.Handled));
        Assert.Equal([new(2026, 12, 1), new(2027, 1, 1), new(2027, 2, 1), new(2027, 3, 1)], partitions.MonthsMade.Order());
        Assert.Equal([new DateOnly(2026, 12, 31), new DateOnly(2026, 12, 31)], partitions.DropRuns);
    }
}
