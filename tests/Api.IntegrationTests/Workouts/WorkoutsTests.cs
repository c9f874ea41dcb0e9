using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Api.IntegrationTests.Support;
using Platform.Domain.Workouts;

namespace Platform.Api.IntegrationTests.Workouts;

/// <summary>/api/v1/workouts on PostgreSQL: logging a workout with nested sets, reading, listing by date and deleting.</summary>
public sealed class WorkoutsTests(PlatformApiFactory factory) : DiaryApiTest(factory)
{
    private const string Route = Workouts;

    private static readonly string[] Quadriceps = ["quadriceps"];

    [Fact]
    public async Task A_logged_workout_is_answered_with_its_location_and_stored_with_its_sets_in_order()
    {
        var ann = await SignInNewUserAsync();
        var (squat, running) = (await CatalogueIdAsync(ann.Token, "back squat"), await CatalogueIdAsync(ann.Token, "treadmill"));
        var start = DateTimeOffset.UtcNow.AddHours(-2);

        var created = await SendAsync(HttpMethod.Post, Route, ann.Token, new
        {
            title = "Legs", notes = "Felt strong", startedAt = start, endedAt = start.AddHours(1),
            sets = new object[]
            {
                new { exerciseId = squat, reps = 5, weight = 60.5, isWarmUp = true },
                new { exerciseId = squat, reps = 5, weight = 100, rpe = 8.5 },
                new { exerciseId = running, durationSeconds = 600, distanceMeters = 1800 },
            },
        });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = body.GetProperty("id").GetGuid();
        Assert.Equal($"{Route}/{id}", created.Headers.Location!.OriginalString);
        Assert.Equal([1, 2, 3], body.GetProperty("sets").EnumerateArray().Select(set => set.GetProperty("position").GetInt32()));
        var stored = await InDatabaseAsync(database => database.Set<Workout>().SingleAsync(workout => workout.Id == id));
        Assert.Equal([60.5m, 100m, null], stored.Sets.OrderBy(set => set.Position).Select(set => set.WeightKg));
        Assert.Equal(8.5m, stored.Sets.Single(set => set.Position == 2).Rpe);
        var read = await (await GetAsync($"{Route}/{id}", ann.Token)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Felt strong", read.GetProperty("notes").GetString());
    }

    [Fact]
    public async Task The_list_is_the_latest_first_within_the_date_range_and_pages()
    {
        var ann = await SignInNewUserAsync();
        var squat = await CatalogueIdAsync(ann.Token, "back squat");
        var days = new[] { 10, 5, 3, 1 };
        foreach (var daysAgo in days)
        {
            await LogAsync(ann.Token, DateTimeOffset.UtcNow.AddDays(-daysAgo), $"Day -{daysAgo}", (squat, 5, 80m));
        }

        var from = Uri.EscapeDataString(DateTimeOffset.UtcNow.AddDays(-6).ToString("O", CultureInfo.InvariantCulture));
        var to = Uri.EscapeDataString(DateTimeOffset.UtcNow.AddDays(-2).ToString("O", CultureInfo.InvariantCulture));
        var ranged = await ReadAsync($"{Route}?from={from}&to={to}", ann.Token);
        var firstPage = await ReadAsync($"{Route}?pageSize=3", ann.Token);

        Assert.Equal(["Day -3", "Day -5"], ranged.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("title").GetString()));
        Assert.Equal(["Day -1", "Day -3", "Day -5"], firstPage.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("title").GetString()));
        Assert.Equal((4, true), (firstPage.GetProperty("totalCount").GetInt32(), firstPage.GetProperty("hasNextPage").GetBoolean()));
    }

    [Fact]
    public async Task The_owner_deletes_a_workout_with_its_sets()
    {
        var ann = await SignInNewUserAsync();
        var id = await LogAsync(ann.Token, DateTimeOffset.UtcNow.AddHours(-1), "Legs", (await CatalogueIdAsync(ann.Token, "back squat"), 5, 80m));
        Assert.Equal(1, (await ReadAsync(Route, ann.Token)).GetProperty("totalCount").GetInt32());

        var deleted = await SendAsync(HttpMethod.Delete, $"{Route}/{id}", ann.Token);

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync($"{Route}/{id}", ann.Token)).StatusCode);
        Assert.Equal(0, (await ReadAsync(Route, ann.Token)).GetProperty("totalCount").GetInt32());
        Assert.Equal(0, await InDatabaseAsync(database => database.Database.SqlQueryRaw<int>("SELECT count(*)::int AS \"Value\" FROM workout_sets").SingleAsync()));
    }

    [Theory]
    [InlineData(-60, -90, 5, "endedAt")]
    [InlineData(-(26 * 60), -60, 5, "workout_times_invalid")]
    [InlineData(30, 90, 5, "workout_in_future")]
    [InlineData(-60, -30, null, "workout_set_measures_invalid")]
    public async Task A_workout_that_cannot_be_is_refused_with_its_code(int startMinutes, int endMinutes, int? reps, string code)
    {
        var ann = await SignInNewUserAsync();
        var squat = await CatalogueIdAsync(ann.Token, "back squat");
        var now = DateTimeOffset.UtcNow;

        var response = await SendAsync(HttpMethod.Post, Route, ann.Token, new
        {
            startedAt = now.AddMinutes(startMinutes), endedAt = now.AddMinutes(endMinutes), sets = new[] { new { exerciseId = squat, reps, weight = 100 } },
        });

        Assert.Contains(code, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Bad_set_values_are_a_400_naming_the_set_and_field()
    {
        var ann = await SignInNewUserAsync();
        var squat = await CatalogueIdAsync(ann.Token, "back squat");

        var response = await SendAsync(HttpMethod.Post, Route, ann.Token, new
        {
            startedAt = DateTimeOffset.UtcNow.AddHours(-1),
            sets = new[] { new { exerciseId = squat, reps = 5, weight = -20m, rpe = 12m }, new { exerciseId = squat, reps = 5, weight = 100.125m, rpe = 8m } },
        });

        var errors = (await Problem.ReadAsync(response, HttpStatusCode.BadRequest)).Errors.Keys;
        Assert.Contains("sets[0].weight", errors);
        Assert.Contains("sets[0].rpe", errors);
        Assert.Contains("sets[1].weight", errors);
    }

    [Fact]
    public async Task An_own_exercise_used_in_logged_sets_keeps_its_category_but_may_be_renamed()
    {
        var ann = await SignInNewUserAsync();
        var created = await SendAsync(HttpMethod.Post, "/api/v1/exercises", ann.Token, new
        {
            name = "Sled push", category = "strength", primaryMuscles = Quadriceps, equipment = "machine",
        });
        var exercise = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await LogAsync(ann.Token, DateTimeOffset.UtcNow.AddHours(-1), "Legs", (exercise, 5, 80m));

        var recategorised = await SendAsync(HttpMethod.Put, $"/api/v1/exercises/{exercise}", ann.Token, new
        {
            name = "Sled push", category = "cardio", primaryMuscles = Quadriceps, equipment = "machine",
        });
        var renamed = await SendAsync(HttpMethod.Put, $"/api/v1/exercises/{exercise}", ann.Token, new
        {
            name = "Heavy sled push", category = "strength", primaryMuscles = Quadriceps, equipment = "machine",
        });

        Assert.Equal("exercise_category_in_use", (await Problem.ReadAsync(recategorised, HttpStatusCode.Conflict)).Code);
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
    }

    [Fact]
    public async Task A_null_set_is_a_400_naming_it_not_an_error()
    {
        var ann = await SignInNewUserAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, Route)
        {
            Content = new StringContent($$"""{"startedAt":"{{DateTimeOffset.UtcNow.AddHours(-1):O}}","sets":[null]}""", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", ann.Token);

        var response = await Client.SendAsync(request);

        Assert.Contains("sets[0]", (await Problem.ReadAsync(response, HttpStatusCode.BadRequest)).Errors.Keys);
    }
}
