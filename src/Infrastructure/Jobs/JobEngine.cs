using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Platform.Infrastructure.Jobs;

/// <summary>
/// Starts Quartz once PostgreSQL answers: the clustered store validates its tables when the scheduler is made, so a
/// start during an outage waits and tries again, longer each time, instead of failing the process (ADR 24, ADR 39).
/// On shutdown it lets running jobs finish.
/// </summary>
internal sealed partial class JobEngine(
    [FromKeyedServices(JobsSetup.SchedulerName)] ISchedulerFactory schedulers, ISchedulerRuntime runtime, TimeProvider clock, ILogger<JobEngine> logger)
    : DatabaseLoop(clock, logger)
{
    private IScheduler? _scheduler;
    private bool _triedBefore;

    /// <summary>How often a started engine is looked at (it stays started); a failed start is tried again sooner.</summary>
    protected override TimeSpan Interval => TimeSpan.FromMinutes(1);

    protected override TimeSpan RetryAfterFailure => TimeSpan.FromSeconds(15);

    protected override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        if (_scheduler is { Status: SchedulerStatus.Running })
        {
            return;
        }

        // A scheduler whose making failed is shut down for good; the runtime builds the next one from the same recipe.
        var retry = _triedBefore;
        _triedBefore = true;
        _scheduler = retry
            ? await runtime.Restart(JobsSetup.SchedulerName, new SchedulerRestartOptions { Start = false }, cancellationToken)
            : await schedulers.GetScheduler(cancellationToken);
        await _scheduler.Start(cancellationToken);
        LogStarted(Logger, _scheduler.SchedulerInstanceId, PlatformJobs.All.Count);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (_scheduler is { Status: SchedulerStatus.Running or SchedulerStatus.Standby } scheduler)
        {
            await scheduler.Shutdown(waitForJobsToComplete: true, cancellationToken);
        }
    }

    [LoggerMessage(EventId = 1721, Level = LogLevel.Information, Message = "The job engine started as {InstanceId} with {JobCount} jobs")]
    private static partial void LogStarted(ILogger logger, string instanceId, int jobCount);
}
