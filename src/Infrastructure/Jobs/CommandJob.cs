using System.Diagnostics;
using MediatR;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Platform.Infrastructure.Jobs;

/// <summary>
/// Runs one <see cref="PlatformJob"/>: sends its command, whose unit of work owns the transaction like any command's.
/// Every log line of the run carries the job's key and the run's id (Quartz's fire instance id).
/// </summary>
[DisallowConcurrentExecution]
internal sealed partial class CommandJob(IMediator mediator, JobMetrics metrics, ILogger<CommandJob> logger) : IJob
{
    private static readonly Func<ILogger, string, string, IDisposable?> RunScope =
        LoggerMessage.DefineScope<string, string>("Job:{JobName} Run:{JobRunId}");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var key = context.JobDetail.Key.Name;
        var job = PlatformJobs.Find(key) ?? throw new JobExecutionException($"No platform job is called '{key}'.");
        using var scope = RunScope(logger, key, context.FireInstanceId);
        var started = Stopwatch.GetTimestamp();
        var succeeded = false;
        try
        {
            var result = await mediator.Send(job.Command(), cancellationToken);
            if (!result.IsSuccess)
            {
                throw new JobExecutionException($"The job's command was refused: {result.Error.Code}.");
            }

            succeeded = true;
            var elapsed = Stopwatch.GetElapsedTime(started);
            LogRan(logger, key, result.Value.Handled, elapsed.TotalMilliseconds, context.ScheduledFireTimeUtc ?? context.FireTimeUtc);
        }
        finally
        {
            metrics.Ran(key, succeeded, Stopwatch.GetElapsedTime(started));
        }
    }

    [LoggerMessage(EventId = 1720, Level = LogLevel.Information, Message = "Job {JobName} handled {Handled} in {ElapsedMs:0} ms (the firing of {ScheduledAt:o})")]
    private static partial void LogRan(ILogger logger, string jobName, int handled, double elapsedMs, DateTimeOffset scheduledAt);
}
