using System.Diagnostics.Metrics;
using Platform.Application.Common.Events;
using Platform.Domain.Workouts;

namespace Platform.Application.Workouts;

/// <summary>
/// The training diary's instruments (meter <c>Platform.Workouts</c>): workouts logged and sets logged (with a workout or
/// added to one later). Counted from committed events only.
/// </summary>
public sealed class WorkoutMetrics
{
    public const string MeterName = "Platform.Workouts";

    private readonly Counter<long> _logged;
    private readonly Counter<long> _sets;

    public WorkoutMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _logged = meter.CreateCounter<long>("platform.workouts.logged", description: "Workouts logged.");
        _sets = meter.CreateCounter<long>("platform.workouts.sets", description: "Sets logged, with a new workout or added to one.");
    }

    internal void Count(WorkoutEvent committed)
    {
        switch (committed)
        {
            case WorkoutLogged logged:
                _logged.Add(1);
                _sets.Add(logged.SetCount);
                break;
            case WorkoutSetAdded:
                _sets.Add(1);
                break;
        }
    }
}

/// <summary>Counts each committed diary event on <see cref="WorkoutMetrics"/>.</summary>
internal sealed class WorkoutMetricsRecorder(WorkoutMetrics metrics) : IAfterCommitHandler<WorkoutEvent>
{
    public Task HandleAsync(WorkoutEvent domainEvent, CancellationToken cancellationToken)
    {
        metrics.Count(domainEvent);
        return Task.CompletedTask;
    }
}
