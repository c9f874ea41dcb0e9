using System.Globalization;
using System.Net;
using System.Text.Json;
using Platform.Api.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Platform.Domain.Common;

namespace Platform.Api.IntegrationTests.Workouts;

/// <summary>Statistics computed by PostgreSQL: weekly volume, volume per muscle group, counts and streaks, in the user's zone and unit.</summary>
public sealed class WorkoutStatsTests(PlatformApiFactory factory) : DiaryApiTest(factory)
{
    // Three weeks, the middle one empty: Mon, Tue, Wed of the first (Wed with a warm-up), Fri of the third.
    private static readonly DateOnly FirstMonday = MondayWeeksAgo(5);
    private static readonly string[] Quadriceps = ["quadriceps"];
    private static readonly string[] Glutes = ["glutes"];

    [Fact]
    public async Task Weeks_muscle_groups_totals_and_streaks_are_computed_over_the_range()
    {
        var ann = await SignInNewUserAsync();
        await LogThreeWeeksAsync(ann.Token);

        var stats = await ReadAsync($"{Workouts}/stats?from={Day(FirstMonday)}&to={Day(FirstMonday.AddDays(20))}", ann.Token);

        Assert.Equal((4, 6, 2260m), (stats.GetProperty("workoutCount").GetInt32(), stats.GetProperty("setCount").GetInt32(), stats.GetProperty("volume").GetDecimal()));
        Assert.Equal(
            [(Day(FirstMonday), 3, 5, 1900m), (Day(FirstMonday.AddDays(7)), 0, 0, 0m), (Day(FirstMonday.AddDays(14)), 1, 1, 360m)],
            stats.GetProperty("weeks").EnumerateArray().Select(week => (
                week.GetProperty("weekStart").GetString(), week.GetProperty("workoutCount").GetInt32(), week.GetProperty("setCount").GetInt32(),
                week.GetProperty("volume").GetDecimal())));
        Assert.Equal(
            [("glutes", 3, 1360m), ("quadriceps", 3, 1360m), ("chest", 2, 900m)],
            stats.GetProperty("muscleGroups").EnumerateArray().Select(group => (
                group.GetProperty("muscleGroup").GetString(), group.GetProperty("setCount").GetInt32(), group.GetProperty("volume").GetDecimal())));
        var streaks = stats.GetProperty("streaks");
        // Days: Mon-Wed is the longest run; the range ends two days after Friday, so no current one. Weeks: the empty week breaks the run.
        Assert.Equal((0, 3, 1, 1), (streaks.GetProperty("currentDays").GetInt32(), streaks.GetProperty("longestDays").GetInt32(),
            streaks.GetProperty("currentWeeks").GetInt32(), streaks.GetProperty("longestWeeks").GetInt32()));
    }

    [Fact]
    public async Task A_current_streak_reaches_the_last_day_of_the_range_or_the_day_before()
    {
        var ann = await SignInNewUserAsync();
        await LogThreeWeeksAsync(ann.Token);
        var friday = FirstMonday.AddDays(18);

        var endingOnFriday = await ReadAsync($"{Workouts}/stats?from={Day(FirstMonday)}&to={Day(friday)}", ann.Token);
        var endingOnSaturday = await ReadAsync($"{Workouts}/stats?from={Day(FirstMonday)}&to={Day(friday.AddDays(1))}", ann.Token);
        var firstWeekOnly = await ReadAsync($"{Workouts}/stats?from={Day(FirstMonday)}&to={Day(FirstMonday.AddDays(2))}", ann.Token);

        Assert.Equal(1, endingOnFriday.GetProperty("streaks").GetProperty("currentDays").GetInt32());
        Assert.Equal(1, endingOnSaturday.GetProperty("streaks").GetProperty("currentDays").GetInt32());
        Assert.Equal(3, firstWeekOnly.GetProperty("streaks").GetProperty("currentDays").GetInt32());
        Assert.Single(firstWeekOnly.GetProperty("weeks").EnumerateArray());
    }

    [Fact]
    public async Task Days_follow_the_users_time_zone_and_volumes_their_unit()
    {
        var ann = await SignInNewUserAsync();
        var squat = await CatalogueIdAsync(ann.Token, "back squat");
        var monday = FirstMonday;
        // 20:00 UTC on Monday is 05:00 on Tuesday in Tokyo.
        await LogAsync(ann.Token, At(monday, 20), "Late", (squat, 5, 100m));
        var utcMonday = await ReadAsync($"{Workouts}/stats?from={Day(monday)}&to={Day(monday)}", ann.Token);

        await ChangeAsync(HttpMethod.Patch, "/api/v1/users/me", ann.Token, new { timeZone = "Asia/Tokyo", weightUnit = "lb" });
        var tokyoMonday = await ReadAsync($"{Workouts}/stats?from={Day(monday)}&to={Day(monday)}", ann.Token);
        var tokyoTuesday = await ReadAsync($"{Workouts}/stats?from={Day(monday.AddDays(1))}&to={Day(monday.AddDays(1))}", ann.Token);

        Assert.Equal(1, utcMonday.GetProperty("workoutCount").GetInt32());
        Assert.Equal(0, tokyoMonday.GetProperty("workoutCount").GetInt32());
        Assert.Equal(1, tokyoTuesday.GetProperty("workoutCount").GetInt32());
        Assert.Equal(("Asia/Tokyo", "lb"), (tokyoTuesday.GetProperty("timeZone").GetString(), tokyoTuesday.GetProperty("weightUnit").GetString()));
        Assert.Equal(Weights.FromKilograms(500m, WeightUnit.Lb), tokyoTuesday.GetProperty("volume").GetDecimal());
        Assert.Equal(1102.31m, tokyoTuesday.GetProperty("volume").GetDecimal());
    }

    [Fact]
    public async Task Weeks_start_on_the_users_monday_and_sets_without_reps_are_no_muscle_work()
    {
        var ann = await SignInNewUserAsync();
        var (squat, stretch) = (await CatalogueIdAsync(ann.Token, "back squat"), await CatalogueIdAsync(ann.Token, "hip flexor stretch"));
        await ChangeAsync(HttpMethod.Patch, "/api/v1/users/me", ann.Token, new { timeZone = "Asia/Tokyo" });
        var sunday = FirstMonday.AddDays(6);
        // Sunday 20:00 UTC is Monday 05:00 in Tokyo: the next week there.
        var late = await LogAsync(ann.Token, At(sunday, 20), "Late", (squat, 5, 100m));
        await ChangeAsync(HttpMethod.Post, $"{Workouts}/{late}/sets", ann.Token, new { exerciseId = stretch, durationSeconds = 60 });

        var stats = await ReadAsync($"{Workouts}/stats?from={Day(FirstMonday)}&to={Day(FirstMonday.AddDays(13))}", ann.Token);

        Assert.Equal(
            [(Day(FirstMonday), 0), (Day(FirstMonday.AddDays(7)), 1)],
            stats.GetProperty("weeks").EnumerateArray().Select(week => (week.GetProperty("weekStart").GetString(), week.GetProperty("workoutCount").GetInt32())));
        Assert.Equal(2, stats.GetProperty("setCount").GetInt32());
        Assert.DoesNotContain("hip_flexors", stats.GetProperty("muscleGroups").EnumerateArray().Select(group => group.GetProperty("muscleGroup").GetString()));
    }

    [Fact]
    public async Task Changing_the_muscles_of_an_own_exercise_is_seen_by_the_next_statistics()
    {
        var ann = await SignInNewUserAsync();
        var sled = (await ChangeAsync(HttpMethod.Post, "/api/v1/exercises", ann.Token, new
        {
            name = "Sled push", category = "strength", primaryMuscles = Quadriceps, equipment = "machine",
        })).GetProperty("id").GetGuid();
        await LogAsync(ann.Token, At(FirstMonday, 8), "Sled", (sled, 10, 50m));
        var range = $"{Workouts}/stats?from={Day(FirstMonday)}&to={Day(FirstMonday)}";
        Assert.Equal("quadriceps", (await ReadAsync(range, ann.Token)).GetProperty("muscleGroups")[0].GetProperty("muscleGroup").GetString());

        await ChangeAsync(HttpMethod.Put, $"/api/v1/exercises/{sled}", ann.Token, new
        {
            name = "Sled push", category = "strength", primaryMuscles = Glutes, equipment = "machine",
        });

        Assert.Equal("glutes", (await ReadAsync(range, ann.Token)).GetProperty("muscleGroups")[0].GetProperty("muscleGroup").GetString());
    }

    [Fact]
    public async Task A_profile_time_zone_that_is_no_longer_known_is_a_422_not_an_error()
    {
        var ann = await SignInNewUserAsync();
        await InDatabaseAsync(database => database.Database.ExecuteSqlRawAsync("UPDATE users SET time_zone = 'Mars/Olympus_Mons'"));

        var response = await GetAsync($"{Workouts}/stats", ann.Token);

        Assert.Equal("workout_stats_time_zone_unsupported", (await Problem.ReadAsync(response, HttpStatusCode.UnprocessableEntity)).Code);
    }

    [Fact]
    public async Task Without_a_range_the_last_84_days_up_to_today_are_counted()
    {
        var ann = await SignInNewUserAsync();
        var squat = await CatalogueIdAsync(ann.Token, "back squat");
        await LogAsync(ann.Token, DateTimeOffset.UtcNow.AddDays(-100), "Too old", (squat, 5, 100m));
        await LogAsync(ann.Token, DateTimeOffset.UtcNow.AddDays(-2), "Recent", (squat, 5, 100m));

        var stats = await ReadAsync($"{Workouts}/stats", ann.Token);

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        Assert.Equal((Day(today.AddDays(-83)), Day(today)), (stats.GetProperty("from").GetString(), stats.GetProperty("to").GetString()));
        Assert.Equal(1, stats.GetProperty("workoutCount").GetInt32());
        Assert.InRange(stats.GetProperty("weeks").GetArrayLength(), 12, 13);
    }

    [Theory]
    [InlineData("from=2026-03-10&to=2026-03-01")]
    [InlineData("from=2010-01-01&to=2026-01-01")]
    [InlineData("from=0001-01-01")]
    [InlineData("from=yesterday")]
    public async Task A_range_that_cannot_be_is_a_400(string query)
    {
        var ann = await SignInNewUserAsync();

        var response = await GetAsync($"{Workouts}/stats?{query}", ann.Token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    private async Task LogThreeWeeksAsync(string token)
    {
        var (squat, bench) = (await CatalogueIdAsync(token, "back squat"), await CatalogueIdAsync(token, "bench press"));
        await LogAsync(token, At(FirstMonday, 8), "Mon", (squat, 5, 100m));
        await LogAsync(token, At(FirstMonday.AddDays(1), 8), "Tue", (squat, 5, 100m), (bench, 10, 50m));
        var wednesday = await LogAsync(token, At(FirstMonday.AddDays(2), 8), "Wed", (bench, 8, 50m));
        await ChangeAsync(HttpMethod.Post, $"{Workouts}/{wednesday}/sets", token, new { exerciseId = squat, reps = 5, weight = 60, isWarmUp = true });
        await LogAsync(token, At(FirstMonday.AddDays(18), 8), "Fri", (squat, 3, 120m));
    }

    private static DateOnly MondayWeeksAgo(int weeks)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        return today.AddDays(-(((int)today.DayOfWeek + 6) % 7) - (7 * weeks));
    }

    private static DateTimeOffset At(DateOnly day, int hour) => new(day.ToDateTime(new TimeOnly(hour, 0)), TimeSpan.Zero);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
