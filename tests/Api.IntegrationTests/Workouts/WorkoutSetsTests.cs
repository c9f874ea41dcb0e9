using System.Net;
using Microsoft.EntityFrameworkCore;
using Platform.Api.IntegrationTests.Support;
using Platform.Domain.Workouts;

namespace Platform.Api.IntegrationTests.Workouts;

/// <summary>Changing a logged workout on PostgreSQL: its details, and its sets added, replaced, reordered and deleted.</summary>
public sealed class WorkoutSetsTests(PlatformApiFactory factory) : DiaryApiTest(factory)
{
    private static readonly string[] Quadriceps = ["quadriceps"];

    [Fact]
    public async Task The_owner_replaces_a_workouts_details_and_its_sets_stay()
    {
        var ann = await SignInNewUserAsync();
        var squat = await CatalogueIdAsync(ann.Token, "back squat");
        var start = DateTimeOffset.UtcNow.AddHours(-3);
        var id = await LogAsync(ann.Token, start, "Legs", (squat, 5, 100m));

        var updated = await ChangeAsync(HttpMethod.Put, $"{Workouts}/{id}", ann.Token, new
        {
            title = "Heavy legs", notes = "New belt", startedAt = start.AddMinutes(-10), endedAt = start.AddMinutes(70),
        });

        Assert.Equal(("Heavy legs", "New belt", 1), (updated.GetProperty("title").GetString(), updated.GetProperty("notes").GetString(), updated.GetProperty("sets").GetArrayLength()));
        var stored = await StoredAsync(id);
        Assert.Equal("Heavy legs", stored.Title);
        Assert.Equal(TimeSpan.FromMinutes(80), stored.EndedAt - stored.StartedAt);
    }

    [Fact]
    public async Task An_update_that_breaks_a_rule_is_refused_and_the_workout_stays()
    {
        var ann = await SignInNewUserAsync();
        var start = DateTimeOffset.UtcNow.AddHours(-3);
        var id = await LogAsync(ann.Token, start, "Legs", (await CatalogueIdAsync(ann.Token, "back squat"), 5, 100m));

        var future = await SendAsync(HttpMethod.Put, $"{Workouts}/{id}", ann.Token, new { title = "Later", startedAt = DateTimeOffset.UtcNow.AddHours(1) });
        var backwards = await SendAsync(HttpMethod.Put, $"{Workouts}/{id}", ann.Token, new { title = "Backwards", startedAt = start, endedAt = start.AddMinutes(-1) });
        var missingStart = await SendAsync(HttpMethod.Put, $"{Workouts}/{id}", ann.Token, new { title = "No start" });

        Assert.Equal("workout_in_future", (await Problem.ReadAsync(future, HttpStatusCode.BadRequest)).Code);
        Assert.Contains("endedAt", (await Problem.ReadAsync(backwards, HttpStatusCode.BadRequest)).Errors.Keys);
        Assert.Contains("startedAt", (await Problem.ReadAsync(missingStart, HttpStatusCode.BadRequest)).Errors.Keys);
        Assert.Equal("Legs", (await StoredAsync(id)).Title);
    }

    [Fact]
    public async Task Sets_are_added_replaced_reordered_and_deleted_and_positions_stay_one_to_n()
    {
        var ann = await SignInNewUserAsync();
        var (squat, bench) = (await CatalogueIdAsync(ann.Token, "back squat"), await CatalogueIdAsync(ann.Token, "bench press"));
        var id = await LogAsync(ann.Token, DateTimeOffset.UtcNow.AddHours(-2), "Full body", (squat, 5, 100m));

        var added = await ChangeAsync(HttpMethod.Post, $"{Workouts}/{id}/sets", ann.Token, new { exerciseId = bench, reps = 8, weight = 70, rpe = 7.5 });
        var third = await ChangeAsync(HttpMethod.Post, $"{Workouts}/{id}/sets", ann.Token, new { exerciseId = bench, reps = 6, weight = 75 });
        var (first, second, last) = (SetIdsOf(third)[0], SetIdsOf(third)[1], SetIdsOf(third)[2]);
        var replaced = await ChangeAsync(HttpMethod.Put, $"{Workouts}/{id}/sets/{second}", ann.Token, new { exerciseId = squat, reps = 3, weight = 110, isWarmUp = false });
        var reordered = await ChangeAsync(HttpMethod.Put, $"{Workouts}/{id}/sets/order", ann.Token, new { setIds = new[] { last, first, second } });
        var deleted = await SendAsync(HttpMethod.Delete, $"{Workouts}/{id}/sets/{first}", ann.Token);

        Assert.Equal(2, added.GetProperty("sets").GetArrayLength());
        var changed = replaced.GetProperty("sets")[1];
        Assert.Equal((second, squat, 3, 110m), (changed.GetProperty("id").GetGuid(), changed.GetProperty("exerciseId").GetGuid(), changed.GetProperty("reps").GetInt32(), changed.GetProperty("weight").GetDecimal()));
        Assert.Equal([last, first, second], SetIdsOf(reordered));
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        var stored = (await StoredAsync(id)).Sets.OrderBy(set => set.Position).ToList();
        Assert.Equal([last, second], stored.Select(set => set.Id));
        Assert.Equal([1, 2], stored.Select(set => set.Position));
        Assert.Equal([last, second], SetIdsOf(await ReadAsync($"{Workouts}/{id}", ann.Token)));
    }

    [Fact]
    public async Task A_set_that_does_not_fit_is_refused_and_nothing_changes()
    {
        var ann = await SignInNewUserAsync();
        var (squat, treadmill) = (await CatalogueIdAsync(ann.Token, "back squat"), await CatalogueIdAsync(ann.Token, "treadmill"));
        var id = await LogAsync(ann.Token, DateTimeOffset.UtcNow.AddHours(-2), "Legs", (squat, 5, 100m));
        var setId = SetIdsOf(await ReadAsync($"{Workouts}/{id}", ann.Token))[0];

        var noReps = await SendAsync(HttpMethod.Post, $"{Workouts}/{id}/sets", ann.Token, new { exerciseId = squat, weight = 100 });
        var negative = await SendAsync(HttpMethod.Post, $"{Workouts}/{id}/sets", ann.Token, new { exerciseId = squat, reps = 5, weight = -1, rpe = 11 });
        var tooHeavy = await SendAsync(HttpMethod.Put, $"{Workouts}/{id}/sets/{setId}", ann.Token, new { exerciseId = squat, reps = 1, weight = 1500 });
        var cardioWithoutTime = await SendAsync(HttpMethod.Put, $"{Workouts}/{id}/sets/{setId}", ann.Token, new { exerciseId = treadmill, reps = 5 });
        var unknownExercise = await SendAsync(HttpMethod.Post, $"{Workouts}/{id}/sets", ann.Token, new { exerciseId = Guid.CreateVersion7(), reps = 5 });
        var unknownSet = await SendAsync(HttpMethod.Put, $"{Workouts}/{id}/sets/{Guid.CreateVersion7()}", ann.Token, new { exerciseId = squat, reps = 5 });

        Assert.Equal("workout_set_measures_invalid", (await Problem.ReadAsync(noReps, HttpStatusCode.BadRequest)).Code);
        Assert.Equal(["rpe", "weight"], (await Problem.ReadAsync(negative, HttpStatusCode.BadRequest)).Errors.Keys.Order());
        Assert.Equal("workout_set_measures_invalid", (await Problem.ReadAsync(tooHeavy, HttpStatusCode.BadRequest)).Code);
        Assert.Equal("workout_set_measures_invalid", (await Problem.ReadAsync(cardioWithoutTime, HttpStatusCode.BadRequest)).Code);
        Assert.Equal("workout_exercise_unavailable", (await Problem.ReadAsync(unknownExercise, HttpStatusCode.BadRequest)).Code);
        Assert.Equal("workout_set_not_found", (await Problem.ReadAsync(unknownSet, HttpStatusCode.NotFound)).Code);
        var stored = Assert.Single((await StoredAsync(id)).Sets);
        Assert.Equal((5, 100m), (stored.Reps, stored.WeightKg));
    }

    [Theory]
    [InlineData("missing")]
    [InlineData("twice")]
    [InlineData("foreign")]
    [InlineData("null")]
    public async Task An_order_that_does_not_name_every_set_once_is_refused(string fault)
    {
        var ann = await SignInNewUserAsync();
        var squat = await CatalogueIdAsync(ann.Token, "back squat");
        var id = await LogAsync(ann.Token, DateTimeOffset.UtcNow.AddHours(-2), "Legs", (squat, 5, 100m), (squat, 5, 105m));
        var sets = SetIdsOf(await ReadAsync($"{Workouts}/{id}", ann.Token));
        Guid[]? order = fault switch
        {
            "missing" => [sets[1]],
            "twice" => [sets[1], sets[1]],
            "foreign" => [sets[1], Guid.CreateVersion7()],
            _ => null,
        };

        var response = await SendAsync(HttpMethod.Put, $"{Workouts}/{id}/sets/order", ann.Token, new { setIds = order });

        var problem = await Problem.ReadAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.Code == "workout_set_order_invalid" || problem.Errors.ContainsKey("setIds"), problem.Body.ToString());
        Assert.Equal(sets, (await StoredAsync(id)).Sets.OrderBy(set => set.Position).Select(set => set.Id));
    }

    [Fact]
    public async Task A_workout_holds_at_most_100_sets()
    {
        var ann = await SignInNewUserAsync();
        var squat = await CatalogueIdAsync(ann.Token, "back squat");
        var id = await LogAsync(ann.Token, DateTimeOffset.UtcNow.AddHours(-2), "Volume day", [.. Enumerable.Repeat((squat, 5, (decimal?)60m), Workout.MaxSets)]);

        var response = await SendAsync(HttpMethod.Post, $"{Workouts}/{id}/sets", ann.Token, new { exerciseId = squat, reps = 5, weight = 60 });

        Assert.Equal("workout_too_many_sets", (await Problem.ReadAsync(response, HttpStatusCode.BadRequest)).Code);
        Assert.Equal(Workout.MaxSets, (await StoredAsync(id)).Sets.Count);
    }

    [Fact]
    public async Task A_change_is_seen_by_the_next_read_of_the_cached_workout()
    {
        var ann = await SignInNewUserAsync();
        var squat = await CatalogueIdAsync(ann.Token, "back squat");
        var id = await LogAsync(ann.Token, DateTimeOffset.UtcNow.AddHours(-2), "Legs", (squat, 5, 100m));
        Assert.Equal(1, (await ReadAsync($"{Workouts}/{id}", ann.Token)).GetProperty("sets").GetArrayLength());

        await ChangeAsync(HttpMethod.Post, $"{Workouts}/{id}/sets", ann.Token, new { exerciseId = squat, reps = 5, weight = 102.5 });

        Assert.Equal(2, (await ReadAsync($"{Workouts}/{id}", ann.Token)).GetProperty("sets").GetArrayLength());
    }

    [Fact]
    public async Task A_set_of_an_exercise_archived_since_stays_editable_but_no_set_moves_to_an_archived_one()
    {
        var ann = await SignInNewUserAsync();
        var (own, other) = (await CreateOwnAsync(ann.Token, "Sled push"), await CreateOwnAsync(ann.Token, "Sled pull"));
        var id = await LogAsync(ann.Token, DateTimeOffset.UtcNow.AddHours(-2), "Sleds", (own, 8, 60m));
        var setId = SetIdsOf(await ReadAsync($"{Workouts}/{id}", ann.Token))[0];
        await ChangeAsync(HttpMethod.Post, $"/api/v1/exercises/{own}/archive", ann.Token, new { });
        await ChangeAsync(HttpMethod.Post, $"/api/v1/exercises/{other}/archive", ann.Token, new { });

        var corrected = await SendAsync(HttpMethod.Put, $"{Workouts}/{id}/sets/{setId}", ann.Token, new { exerciseId = own, reps = 10, weight = 60 });
        var moved = await SendAsync(HttpMethod.Put, $"{Workouts}/{id}/sets/{setId}", ann.Token, new { exerciseId = other, reps = 10, weight = 60 });
        var added = await SendAsync(HttpMethod.Post, $"{Workouts}/{id}/sets", ann.Token, new { exerciseId = own, reps = 10, weight = 60 });

        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        Assert.Equal("workout_exercise_unavailable", (await Problem.ReadAsync(moved, HttpStatusCode.BadRequest)).Code);
        Assert.Equal("workout_exercise_unavailable", (await Problem.ReadAsync(added, HttpStatusCode.BadRequest)).Code);
        Assert.Equal((10, own), (Assert.Single((await StoredAsync(id)).Sets).Reps, (await StoredAsync(id)).Sets[0].ExerciseId));
    }

    [Fact]
    public async Task An_unknown_field_such_as_the_old_weightKg_is_a_400_not_a_weight_dropped_in_silence()
    {
        var ann = await SignInNewUserAsync();
        var squat = await CatalogueIdAsync(ann.Token, "back squat");
        var id = await LogAsync(ann.Token, DateTimeOffset.UtcNow.AddHours(-2), "Legs", (squat, 5, 100m));

        var logged = await SendAsync(HttpMethod.Post, Workouts, ann.Token, new
        {
            startedAt = DateTimeOffset.UtcNow.AddHours(-1), sets = new[] { new { exerciseId = squat, reps = 5, weightKg = 100 } },
        });
        var added = await SendAsync(HttpMethod.Post, $"{Workouts}/{id}/sets", ann.Token, new { exerciseId = squat, reps = 5, weightKg = 100 });

        Assert.Equal("malformed_json", (await Problem.ReadAsync(logged, HttpStatusCode.BadRequest)).Code);
        Assert.Equal("malformed_json", (await Problem.ReadAsync(added, HttpStatusCode.BadRequest)).Code);
        Assert.Single((await StoredAsync(id)).Sets);
    }

    [Fact]
    public async Task Concurrent_set_changes_never_break_the_positions_the_losers_get_412()
    {
        var ann = await SignInNewUserAsync();
        var squat = await CatalogueIdAsync(ann.Token, "back squat");
        var id = await LogAsync(ann.Token, DateTimeOffset.UtcNow.AddHours(-2), "Legs", (squat, 5, 100m));

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(index =>
            SendAsync(HttpMethod.Post, $"{Workouts}/{id}/sets", ann.Token, new { exerciseId = squat, reps = 5, weight = 100 + index })));

        Assert.All(responses, response => Assert.True(
            response.StatusCode is HttpStatusCode.OK or HttpStatusCode.PreconditionFailed, response.StatusCode.ToString()));
        var stored = await StoredAsync(id);
        Assert.Equal(1 + responses.Count(response => response.StatusCode == HttpStatusCode.OK), stored.Sets.Count);
        Assert.Equal(Enumerable.Range(1, stored.Sets.Count), stored.Sets.Select(set => set.Position).Order());
    }

    private async Task<Guid> CreateOwnAsync(string token, string name) =>
        (await ChangeAsync(HttpMethod.Post, "/api/v1/exercises", token, new { name, category = "strength", primaryMuscles = Quadriceps, equipment = "machine" }))
            .GetProperty("id").GetGuid();

    private Task<Workout> StoredAsync(Guid id) =>
        InDatabaseAsync(database => database.Set<Workout>().AsNoTracking().SingleAsync(workout => workout.Id == id));
}
