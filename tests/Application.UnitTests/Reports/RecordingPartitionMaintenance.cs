using Platform.Application.Reports;

namespace Platform.Application.UnitTests.Reports;

/// <summary>The partition port in memory: the months it was asked to make ahead and the days it was asked to drop before.</summary>
public sealed class RecordingPartitionMaintenance : IPartitionMaintenance
{
    public HashSet<DateOnly> MonthsMade { get; } = [];

    public List<DateOnly> DropRuns { get; } = [];

    public Task<int> CreateAheadAsync(DateOnly today, int monthsAhead, CancellationToken cancellationToken)
    {
        var made = Enumerable.Range(0, monthsAhead + 1).Select(offset => new DateOnly(today.Year, today.Month, 1).AddMonths(offset)).Count(MonthsMade.Add);
        return Task.FromResult(made);
    }

    public Task<int> DropExpiredAsync(DateOnly today, CancellationToken cancellationToken)
    {
        DropRuns.Add(today);
        return Task.FromResult(0);
    }
}
