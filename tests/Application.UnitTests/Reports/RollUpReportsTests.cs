using Platform.Application.Reports.RollUpReports;
using Platform.Application.UnitTests.Support;

namespace Platform.Application.UnitTests.Reports;

public sealed class RollUpReportsTests
{
    [Fact]
    public async Task Each_run_rolls_up_to_the_clocks_now_and_answers_the_slot_rows_written()
    {
        await using var host = new PipelineHost();
        var start = new DateTimeOffset(2026, 12, 7, 10, 5, 0, TimeSpan.Zero);
        host.Clock.SetUtcNow(start);

        var first = await host.SendAsync(new RollUpReportsCommand());
        var again = await host.SendAsync(new RollUpReportsCommand());
        host.Clock.Advance(TimeSpan.FromMinutes(45));
        var later = await host.SendAsync(new RollUpReportsCommand());

        Assert.Equal((1, 0, 3), (first.Value.Handled, again.Value.Handled, later.Value.Handled));
        Assert.Equal([start, start, start.AddMinutes(45)], host.Repository<RecordingReportRollups>().Runs);
    }
}
