using System.Globalization;
using Microsoft.Extensions.Options;
using Platform.Application.Common.Jobs;
using Platform.Application.Identity.Contracts;
using Platform.Application.Notifications.Contracts;
using Platform.Domain.Workouts;

namespace Platform.Application.Workouts.SendWorkoutReminders;

/// <summary>
/// Reminds each user who turned workout reminders on and has not started a workout for
/// <see cref="WorkoutReminderOptions.AfterDays"/> days, once their local time has reached
/// <see cref="WorkoutReminderOptions.LocalHour"/>, at most once a local day. Run every quarter of an hour: a run that
/// finds nobody due does nothing, so running twice is harmless, and a reminder missed while the platform was down goes
/// out at the first run after (the same day).
/// </summary>
public sealed record SendWorkoutRemindersCommand : ICommand<JobRun>
{
    public const int UsersPerPage = 500;
}

internal sealed class SendWorkoutRemindersHandler(
    INotificationSubscribers subscribers, IUserDirectory users, IWorkoutRepository workouts, IWorkoutReminderRepository reminders,
    INotifier notifier, IOptions<WorkoutReminderOptions> options, TimeProvider clock)
    : IRequestHandler<SendWorkoutRemindersCommand, Result<JobRun>>
{
    public async Task<Result<JobRun>> Handle(SendWorkoutRemindersCommand request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var reminded = 0;
        Guid? after = null;
        while (await subscribers.OptedInAsync(WorkoutNotificationTypes.Reminder, after, SendWorkoutRemindersCommand.UsersPerPage, cancellationToken)
               is { Count: > 0 } page)
        {
            foreach (var userId in page)
            {
                if (await RemindAsync(userId, now, cancellationToken))
                {
                    reminded++;
                }
            }

            after = page[^1];
        }

        return new JobRun(reminded);
    }

    private async Task<bool> RemindAsync(Guid userId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await users.FindAsync(userId, cancellationToken) is not { } user || !TimeZoneInfo.TryFindSystemTimeZoneById(user.TimeZone, out var zone))
        {
            return false;
        }

        var local = TimeZoneInfo.ConvertTime(now, zone);
        var lastWorkout = await workouts.LastStartedAtAsync(userId, cancellationToken);
        var idleDays = options.Value.AfterDays;
        if (local.Hour < options.Value.LocalHour || lastWorkout > now.AddDays(-idleDays))
        {
            return false;
        }

        var reminder = await reminders.FindAsync(userId, cancellationToken);
        if (reminder is null)
        {
            reminder = WorkoutReminder.For(userId);
            reminders.Add(reminder);
        }

        if (!reminder.TakeReminderOf(DateOnly.FromDateTime(local.DateTime)))
        {
            return false;
        }

        var days = lastWorkout is { } last ? (int)(now - last).TotalDays : idleDays;
        await notifier.NotifyAsync(userId, WorkoutNotificationTypes.Reminder,
            new Dictionary<string, string> { ["days"] = days.ToString(CultureInfo.InvariantCulture) }, cancellationToken);
        return true;
    }
}
