using Platform.Application.Reports;

namespace Platform.Application.UnitTests.Reports;

/// <summary>The rollup port in memory: the instants it was asked to roll up to, answering a slot row per new quarter hour.</summary>
public sealed class RecordingReportRollups : IReportRollups
{
    private DateTimeOffset? _rolledUntil;

    public List<DateTimeOffset> Runs { get; } = [];

    public Task<int> RollUpAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        Runs.Add(now);
        var slots = _rolledUntil is { } until ? (int)((now - until).Ticks / TimeSpan.FromMinutes(15).Ticks) : 1;
        _rolledUntil = now;
        return Task.FromResult(slots);
    }
}
