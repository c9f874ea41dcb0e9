using Platform.Application.Common.Jobs;
using Platform.Application.Common.Messaging;
using Platform.Application.Identity.PurgeExpiredCredentials;
using Platform.Application.Matches.ConfirmOverdueResults;
using Platform.Application.Notifications.PurgeOldNotifications;
using Platform.Application.Notifications.SendDailyDigests;
using Platform.Application.Outbox.PurgeDeliveredMessages;
using Platform.Application.Reports.MaintainPartitions;
using Platform.Application.Reports.PurgeReportExports;
using Platform.Application.Reports.RollUpReports;
using Platform.Application.Workouts.SendWorkoutReminders;

namespace Platform.Infrastructure.Jobs;

/// <summary>
/// Every scheduled job of the platform: its key, its Quartz cron schedule (seconds first, UTC) and the command it sends.
/// Each command is safe to run twice; a job never overlaps itself, and after downtime it runs once, however many
/// firings it missed (ADR 39).
/// </summary>
internal static class PlatformJobs
{
    public static readonly IReadOnlyList<PlatformJob> All =
    [
        new("daily-digest", "0 5 * * * ?", () => new SendDailyDigestsCommand(), "mails each user due one their daily digest (09:00 local)"),
        new("outbox-purge", "0 15 * * * ?", () => new PurgeDeliveredMessagesCommand(), "deletes outbox messages delivered over 7 days ago"),
        new("credentials-purge", "0 20 * * * ?", () => new PurgeExpiredCredentialsCommand(), "deletes expired tokens and long-ended sessions"),
        new("match-confirmations", "0 * * * * ?", () => new ConfirmOverdueResultsCommand(),
            "completes matches whose reported result nobody answered by its confirmation deadline (auto-confirmed)"),
        new("notifications-purge", "0 30 3 * * ?", () => new PurgeOldNotificationsCommand(), "deletes notifications read 90 days ago or older than a year"),
        new("partitions", "0 0 2 * * ?", () => new MaintainPartitionsCommand(),
            "makes the next 3 months' partitions of the audit trail, notifications and activity, and drops those past retention"),
        new("report-exports-purge", "0 40 * * * ?", () => new PurgeReportExportsCommand(),
            "deletes the files of report exports past their 24 hours and forgets exports asked for over 30 days ago"),
        new("report-rollups", "0 5/15 * * * ?", () => new RollUpReportsCommand(),
            "adds the quarter hours closed 5 minutes ago to the report rollups of sign-ins, sign-ups and notifications"),
        new("workout-reminders", "0 0/15 * * * ?", () => new SendWorkoutRemindersCommand(),
            "reminds users who asked for it after days without a workout (from 09:00 local, once a day)"),
    ];

    public static PlatformJob? Find(string key) => All.FirstOrDefault(job => job.Key == key);
}

/// <summary>A job: <paramref name="Cron"/> is a Quartz cron expression in UTC; <paramref name="Command"/> makes the command each run sends.</summary>
internal sealed record PlatformJob(string Key, string Cron, Func<ICommand<JobRun>> Command, string Description);
