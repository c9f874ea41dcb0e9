using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Platform.Api.IntegrationTests.Support;
using Platform.Application.Workouts.SendWorkoutReminders;

namespace Platform.Api.IntegrationTests.Workouts;

/// <summary>The reminder job's command against PostgreSQL: who asked for reminders (their stored preferences), who is idle.</summary>
public sealed class WorkoutReminderJobTests(PlatformApiFactory factory) : DiaryApiTest(factory)
{
    [Fact]
    public async Task A_user_who_turned_reminders_on_and_idled_three_days_gets_one_in_the_inbox_and_a_second_run_sends_nothing()
    {
        var zone = ZoneWhereItIsDaytimeNow();
        var ann = await SignInNewUserAsync("ann@example.com");
        var bob = await SignInNewUserAsync("bob@example.com");
        foreach (var user in new[] { ann, bob })
        {
            (await SendAsync(HttpMethod.Patch, "/api/v1/users/me", user.Token, new { timeZone = zone })).EnsureSuccessStatusCode();
        }

        var preferences = await GetAsync("/api/v1/notifications/preferences", ann.Token);
        var optIn = new HttpRequestMessage(HttpMethod.Put, "/api/v1/notifications/preferences")
        {
            Content = JsonContent.Create(new { items = new[] { new { type = "workouts.reminder", inApp = true, email = "off" } } }),
        };
        optIn.Headers.Authorization = new("Bearer", ann.Token);
        optIn.Headers.IfMatch.Add(preferences.Headers.ETag!);
        Assert.Equal(HttpStatusCode.OK, (await Client.SendAsync(optIn)).StatusCode);
        var squat = await CatalogueIdAsync(ann.Token, "back squat");
        var fiveDaysAgo = DateTimeOffset.UtcNow.AddDays(-5);
        (await SendAsync(HttpMethod.Post, "/api/v1/workouts", ann.Token, new
        {
            title = "Legs", startedAt = fiveDaysAgo, endedAt = fiveDaysAgo.AddHours(1), sets = new[] { new { exerciseId = squat, reps = 5, weight = 100 } },
        })).EnsureSuccessStatusCode();

        var first = await RunAsync();
        var second = await RunAsync();

        Assert.Equal((1, 0), (first, second));
        var inbox = await ReadAsync("/api/v1/notifications", ann.Token);
        var reminder = Assert.Single(inbox.GetProperty("items").EnumerateArray(), item => item.GetProperty("type").GetString() == "workouts.reminder");
        Assert.Contains("5 days", reminder.GetProperty("body").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, (await ReadAsync("/api/v1/notifications", bob.Token)).GetProperty("items").GetArrayLength());
        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT count(*) FROM workout_reminders WHERE user_id = '{ann.Id}' AND last_reminded_on IS NOT NULL", connection);
        Assert.Equal(1L, await command.ExecuteScalarAsync());
    }

    private async Task<int> RunAsync()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var run = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new SendWorkoutRemindersCommand());
        return run.Value.Handled;
    }

    private static readonly string[] CandidateZones =
        ["Pacific/Kiritimati", "Asia/Tokyo", "Asia/Kolkata", "Europe/Moscow", "Europe/London", "America/New_York", "America/Denver", "Pacific/Honolulu"];

    /// <summary>A zone where it is between 10:00 and 21:59 now, so that the day's reminder is due whenever the test runs.</summary>
    private static string ZoneWhereItIsDaytimeNow() =>
        CandidateZones.First(zone => TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById(zone)).Hour is >= 10 and <= 21);
}
