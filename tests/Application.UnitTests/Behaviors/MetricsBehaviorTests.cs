using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.DependencyInjection;
using Platform.Application.Common.Behaviors;
using Platform.Application.UnitTests.Support;
using Platform.Domain.Common;

namespace Platform.Application.UnitTests.Behaviors;

public sealed class MetricsBehaviorTests
{
    [Fact]
    public async Task Each_request_is_timed_by_name_and_outcome()
    {
        await using var host = new PipelineHost();
        var meterFactory = host.Services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>();
        using var durations = new MetricCollector<double>(meterFactory, PipelineMetrics.MeterName, "platform.pipeline.request.duration");

        await host.SendAsync(new RenameThingCommand("ok", "s", () => "renamed"));
        await host.SendAsync(new RenameThingCommand("ok", "s", () => Error.Conflict("thing_conflict", "No.")));

        var measurements = durations.GetMeasurementSnapshot();
        Assert.Equal(2, measurements.Count);
        Assert.Equal(["success", "thing_conflict"], measurements.Select(m => (string)m.Tags["outcome"]!).ToArray());
        Assert.All(measurements, m => Assert.Equal(nameof(RenameThingCommand), m.Tags["request"]));
        Assert.All(measurements, m => Assert.True(m.Value >= 0));
    }
}
