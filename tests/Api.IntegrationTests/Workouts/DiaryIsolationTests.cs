using System.Net;
using Microsoft.EntityFrameworkCore;
using Platform.Api.IntegrationTests.Support;
using Platform.Domain.Exercises;
using Platform.Domain.Workouts;

namespace Platform.Api.IntegrationTests.Workouts;

/// <summary>
/// Every route of the training diary walked by a second user against the first one's workout, set and own exercise:
/// each answers 404 (or leaves the other's data out of a list), and nothing of the first user's changes.
/// </summary>
public sealed class DiaryIsolationTests(PlatformApiFactory factory) : DiaryApiTest(factory)
{
    private static readonly string[] Quadriceps = ["quadriceps"];

    [Fact]
    public async Task A_second_user_finds_nothing_of_the_first_on_any_route_and_changes_nothing()
    {
        var ann = await SignInNewUserAsync("ann@example.com");
        var bob = await SignInNewUserAsync("bob@example.com");
        var squat = await CatalogueIdAsync(ann.Token, "back squat");
        var own = await ChangeAsync(HttpMethod.Post, "/api/v1/exercises", ann.Token, new
        {
            name = "Ann's sled push", category = "strength", primaryMuscles = Quadriceps, equipment = "machine",
        });
        var exercise = own.GetProperty("id").GetGuid();
        var workout = await LogAsync(ann.Token, DateTimeOffset.UtcNow.AddDays(-1), "Ann's legs", (squat, 5, 100m), (exercise, 10, 40m));
        var sets = SetIdsOf(await ReadAsync($"{Workouts}/{workout}", ann.Token));
        var start = DateTimeOffset.UtcNow.AddHours(-1);
        var setBody = new { exerciseId = squat, reps = 1, weight = 200 };

        var routes = new (HttpMethod Method, string Path, object? Body, string Code)[]
        {
            (HttpMethod.Get, $"{Workouts}/{workout}", null, "workout_not_found"),
            (HttpMethod.Put, $"{Workouts}/{workout}", new { title = "Bob's now", startedAt = start }, "workout_not_found"),
            (HttpMethod.Delete, $"{Workouts}/{workout}", null, "workout_not_found"),
            (HttpMethod.Post, $"{Workouts}/{workout}/sets", setBody, "workout_not_found"),
            (HttpMethod.Put, $"{Workouts}/{workout}/sets/{sets[0]}", setBody, "workout_not_found"),
            (HttpMethod.Put, $"{Workouts}/{workout}/sets/order", new { setIds = sets.Reverse().ToArray() }, "workout_not_found"),
            (HttpMethod.Delete, $"{Workouts}/{workout}/sets/{sets[0]}", null, "workout_not_found"),
            (HttpMethod.Get, $"{Workouts}/records/{exercise}", null, "exercise_not_found"),
            (HttpMethod.Get, $"/api/v1/exercises/{exercise}", null, "exercise_not_found"),
            (HttpMethod.Put, $"/api/v1/exercises/{exercise}", new { name = "Bob's", category = "strength", primaryMuscles = Quadriceps, equipment = "machine" }, "exercise_not_found"),
            (HttpMethod.Post, $"/api/v1/exercises/{exercise}/archive", null, "exercise_not_found"),
            (HttpMethod.Post, $"/api/v1/exercises/{exercise}/restore", null, "exercise_not_found"),
            (HttpMethod.Delete, $"/api/v1/exercises/{exercise}", null, "exercise_not_found"),
        };
        foreach (var (method, path, body, code) in routes)
        {
            var response = await SendAsync(method, path, bob.Token, body);
            Assert.True(
                response.StatusCode == HttpStatusCode.NotFound && (await Problem.ReadAsync(response, HttpStatusCode.NotFound)).Code == code,
                $"{method} {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        // Bob may not log sets of Ann's exercise either.
        var borrowed = await SendAsync(HttpMethod.Post, Workouts, bob.Token, new { startedAt = start, sets = new[] { new { exerciseId = exercise, reps = 5 } } });
        Assert.Equal("workout_exercise_unavailable", (await Problem.ReadAsync(borrowed, HttpStatusCode.BadRequest)).Code);

        // Lists and aggregates hold Bob's own data only.
        Assert.Equal(0, (await ReadAsync(Workouts, bob.Token)).GetProperty("totalCount").GetInt32());
        Assert.Equal(0, (await ReadAsync($"{Workouts}/records", bob.Token)).GetProperty("totalCount").GetInt32());
        Assert.Equal(0, (await ReadAsync($"{Workouts}/stats", bob.Token)).GetProperty("workoutCount").GetInt32());
        Assert.DoesNotContain(
            (await ReadAsync("/api/v1/exercises?search=sled&pageSize=100", bob.Token)).GetProperty("items").EnumerateArray(),
            item => item.GetProperty("id").GetGuid() == exercise);
        Assert.Equal("personal_records_not_found", (await Problem.ReadAsync(await GetAsync($"{Workouts}/records/{squat}", bob.Token), HttpStatusCode.NotFound)).Code);

        // Ann's data is as she left it.
        var stored = await InDatabaseAsync(database => database.Set<Workout>().AsNoTracking().SingleAsync(candidate => candidate.Id == workout));
        Assert.Equal(("Ann's legs", 2), (stored.Title, stored.Sets.Count));
        Assert.Equal(sets, stored.Sets.OrderBy(set => set.Position).Select(set => set.Id));
        Assert.Equal(100m, stored.Sets.Single(set => set.Id == sets[0]).WeightKg);
        var storedExercise = await InDatabaseAsync(database => database.Set<Exercise>().AsNoTracking().SingleAsync(candidate => candidate.Id == exercise));
        Assert.Equal(("Ann's sled push", false), (storedExercise.NameEn, storedExercise.IsArchived));
        Assert.Equal(1, (await ReadAsync(Workouts, ann.Token)).GetProperty("totalCount").GetInt32());
        Assert.Equal(2, (await ReadAsync($"{Workouts}/records", ann.Token)).GetProperty("totalCount").GetInt32());
    }
}
