using System.Diagnostics;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.Application.Common.Outbox;
using Platform.Application.Reports.Contracts;
using Platform.Application.Reports.WriteReportExport;
using Platform.Infrastructure.Jobs;
using Quartz;

namespace Platform.Infrastructure.Reports;

/// <summary>
/// Writes one export's file on the job engine (ADR 45): a one-off job per export, keyed by its id, that asks for
/// recovery, so a node that dies while writing leaves it to another node. A failed run is tried again later (after 30 s,
/// 1, 2, 4 min); after <see cref="MaxAttempts"/> runs the export is marked failed.
/// </summary>
[DisallowConcurrentExecution]
internal sealed partial class ReportExportJob(IMediator mediator, JobMetrics metrics, ILogger<ReportExportJob> logger) : IJob
{
    public const string Group = "report-exports";
    public const int MaxAttempts = 5;
    public const string FailedCode = "report_export_failed";
    private const string ExportIdKey = "exportId";
    private const string AttemptKey = "attempt";

    private static readonly Func<ILogger, string, string, IDisposable?> RunScope =
        LoggerMessage.DefineScope<string, string>("Job:{JobName} Run:{JobRunId}");

    public static JobKey KeyOf(Guid exportId) => new(exportId.ToString(), Group);

    /// <summary>Schedules the writing of an export now, unless it is scheduled already (a redelivered message).</summary>
    public static async Task ScheduleAsync(IScheduler scheduler, Guid exportId, CancellationToken cancellationToken)
    {
        var job = JobBuilder.Create<ReportExportJob>()
            .WithIdentity(KeyOf(exportId))
            .WithDescription("writes a report export's file")
            .UsingJobData(ExportIdKey, exportId.ToString())
            .RequestRecovery()
            .Build();
        if (await scheduler.Exists(job.Key, cancellationToken))
        {
            return;
        }

        await scheduler.ScheduleJob(job, TriggerAt(job.Key, DateTimeOffset.UtcNow, attempt: 1), cancellationToken: cancellationToken);
    }

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var exportId = Guid.Parse(context.MergedJobDataMap.GetString(ExportIdKey)!);
        var attempt = context.Trigger.JobDataMap.GetInt(AttemptKey);
        using var scope = RunScope(logger, Group, context.FireInstanceId);
        var started = Stopwatch.GetTimestamp();
        var succeeded = false;
        try
        {
            var result = attempt >= MaxAttempts + 1
                ? await mediator.Send(new FailReportExportCommand(exportId, FailedCode), cancellationToken)
                : await mediator.Send(new WriteReportExportCommand(exportId), cancellationToken);
            succeeded = result.IsSuccess;
            var elapsed = Stopwatch.GetElapsedTime(started);
            LogWritten(logger, exportId, attempt, elapsed.TotalMilliseconds);
        }
        catch (Exception exception)
        {
            // A run cut short, by a fault or a shutdown, is tried again: this one-off job ends with its last trigger, and
            // would otherwise leave the export queued for good. The run after the last attempt marks it failed.
            var retryIn = TimeSpan.FromSeconds(30 * Math.Pow(2, Math.Min(attempt - 1, MaxAttempts)));
            LogFailed(logger, exception, exportId, attempt, retryIn.TotalSeconds);
            await context.Scheduler.ScheduleJob(
                TriggerAt(context.JobDetail.Key, DateTimeOffset.UtcNow + retryIn, attempt + 1), ScheduleJobOptions.Replacing, CancellationToken.None);
        }
        finally
        {
            metrics.Ran(Group, succeeded, Stopwatch.GetElapsedTime(started));
        }
    }

    private static ITrigger TriggerAt(JobKey job, DateTimeOffset at, int attempt) =>
        TriggerBuilder.Create()
            .WithIdentity($"{job.Name}-{attempt}", Group)
            .ForJob(job)
            .UsingJobData(AttemptKey, attempt)
            .StartAt(at)
            .WithSimpleSchedule(schedule => schedule.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();

    [LoggerMessage(EventId = 1740, Level = LogLevel.Information, Message = "Report export {ExportId} written (attempt {Attempt}) in {ElapsedMs:0} ms")]
    private static partial void LogWritten(ILogger logger, Guid exportId, int attempt, double elapsedMs);

    [LoggerMessage(EventId = 1741, Level = LogLevel.Warning, Message = "Report export {ExportId} failed on attempt {Attempt}; tried again in {RetryInSeconds:0} s")]
    private static partial void LogFailed(ILogger logger, Exception exception, Guid exportId, int attempt, double retryInSeconds);
}

/// <summary>Hands every export asked for to the job engine (ADR 45); a redelivered message finds its job scheduled.</summary>
internal sealed class ReportExportScheduler([FromKeyedServices(JobsSetup.SchedulerName)] ISchedulerFactory schedulers)
    : IOutboxConsumer<ReportExportRequestedV1>
{
    public async Task ConsumeAsync(ReportExportRequestedV1 message, OutboxDelivery delivery, CancellationToken cancellationToken) =>
        await ReportExportJob.ScheduleAsync(await schedulers.GetScheduler(cancellationToken), message.ExportId, cancellationToken);
}
