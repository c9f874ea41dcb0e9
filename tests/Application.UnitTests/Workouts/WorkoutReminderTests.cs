using Microsoft.Extensions.DependencyInjection;
using Platform.Application.Identity.RegisterUser;
using Platform.Application.Notifications.Contracts;
using Platform.Application.UnitTests.Support;
using Platform.Application.Workouts.SendWorkoutReminders;
using Platform.Domain.Notifications;
using Platform.Domain.Workouts;

namespace Platform.Application.UnitTests.Workouts;

/// <summary>The reminder job's command: opted-in users idle for three days, from 09:00 local, once a local day.</summary>
public sealed class WorkoutReminderTests
{
    [Fact]
    public async Task An_idle_opted_in_user_is_reminded_from_nine_local_once_a_day_and_again_the_next_day()
    {
        await using var host = new PipelineHost();
        host.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 7, 5, 30, 0, TimeSpan.Zero)); // 08:30 in Moscow
        var ann = await UserInMoscowAsync(host, "ann@example.com", optedIn: true);
        LogWorkout(host, ann, host.Clock.GetUtcNow().AddDays(-4));

        var early = await host.SendAsync(new SendWorkoutRemindersCommand());
        host.Clock.Advance(TimeSpan.FromMinutes(35)); // 09:05
        var due = await host.SendAsync(new SendWorkoutRemindersCommand());
        var again = await host.SendAsync(new SendWorkoutRemindersCommand());
        host.Clock.Advance(TimeSpan.FromDays(1));
        var tomorrow = await host.SendAsync(new SendWorkoutRemindersCommand());

        Assert.Equal((0, 1, 0, 1), (early.Value.Handled, due.Value.Handled, again.Value.Handled, tomorrow.Value.Handled));
        var reminders = host.Repository<InMemoryNotificationRepository>().Stored.Where(notification => notification.Type == "workouts.reminder").ToList();
        Assert.Equal(2, reminders.Count);
        Assert.Equal("4", reminders[0].Parameters["days"]);
        Assert.Equal(new DateOnly(2026, 12, 8), host.Repository<InMemoryWorkoutReminderRepository>().Stored.Single().LastRemindedOn);
    }

    [Fact]
    public async Task Nobody_who_did_not_opt_in_or_trained_lately_is_reminded_and_someone_who_never_trained_is()
    {
        await using var host = new PipelineHost();
        host.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero)); // 12:00 in Moscow
        var quiet = await UserInMoscowAsync(host, "quiet@example.com", optedIn: false);
        LogWorkout(host, quiet, host.Clock.GetUtcNow().AddDays(-10));
        var busy = await UserInMoscowAsync(host, "busy@example.com", optedIn: true);
        LogWorkout(host, busy, host.Clock.GetUtcNow().AddDays(-2));
        var fresh = await UserInMoscowAsync(host, "fresh@example.com", optedIn: true);

        var run = await host.SendAsync(new SendWorkoutRemindersCommand());

        Assert.Equal(1, run.Value.Handled);
        var reminder = Assert.Single(host.Repository<InMemoryNotificationRepository>().Stored);
        Assert.Equal((fresh, "3"), (reminder.UserId, reminder.Parameters["days"]));
    }

    [Theory]
    [InlineData("ru", 1, "1 день")]
    [InlineData("ru", 3, "3 дня")]
    [InlineData("ru", 5, "5 дней")]
    [InlineData("ru", 21, "21 день")]
    [InlineData("en", 1, "1 day")]
    [InlineData("en", 4, "4 days")]
    public void The_reminder_counts_the_days_in_the_recipients_language(string language, int days, string expected)
    {
        var type = new Platform.Application.Notifications.NotificationCatalogue([new Application.Workouts.WorkoutNotificationTypes()]).Find("workouts.reminder")!;
        var texts = language == "ru" ? type.Russian : type.English;

        Assert.Contains(expected, texts.Body(new NotificationValues(new Dictionary<string, string> { ["days"] = days.ToString(System.Globalization.CultureInfo.InvariantCulture) })), StringComparison.Ordinal);
    }

    private static async Task<Guid> UserInMoscowAsync(PipelineHost host, string email, bool optedIn)
    {
        await host.SendAsync(new RegisterUserCommand(email, "a long enough passphrase", "Someone"));
        var user = host.Users.Users.Single(candidate => candidate.Email.Value == email);
        user.UpdateProfile(null, "ru", "Europe/Moscow", null, host.Clock.GetUtcNow());
        if (optedIn)
        {
            var preferences = NotificationPreferences.For(user.Id);
            preferences.Choose([(new NotificationKind("workouts.reminder", false, false, EmailDelivery.Off), true, EmailDelivery.Off)]);
            host.Repository<InMemoryNotificationPreferencesRepository>().Add(preferences);
        }

        return user.Id;
    }

    private static void LogWorkout(PipelineHost host, Guid ownerId, DateTimeOffset startedAt) =>
        host.Repository<InMemoryWorkoutRepository>().Items.Add(Workout.Log(ownerId, "Legs", null, startedAt, startedAt.AddHours(1), [], startedAt.AddHours(2)).Value);
}
