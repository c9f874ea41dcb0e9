using System.Net;
using System.Text.Json;
using Platform.Api.IntegrationTests.Support;

namespace Platform.Api.IntegrationTests.Workouts;

/// <summary>Personal records computed by PostgreSQL from the sets as they are, and following every edit and delete.</summary>
public sealed class PersonalRecordsTests(PlatformApiFactory factory) : DiaryApiTest(factory)
{
    [Fact]
    public async Task The_records_of_an_exercise_come_from_its_working_sets()
    {
        var ann = await SignInNewUserAsync();
        var squat = await CatalogueIdAsync(ann.Token, "back squat");
        var monday = DateTimeOffset.UtcNow.AddDays(-7);
        var thursday = DateTimeOffset.UtcNow.AddDays(-4);
        // Monday: 3 × 100 kg + 1 × 120 kg (volume 420). Thursday: 8 × 100 kg, 10 × 90 kg (volume 1700), and a warm-up at 140 kg.
        var first = await LogAsync(ann.Token, monday, "Monday", (squat, 3, 100m), (squat, 1, 120m));
        var second = await LogAsync(ann.Token, thursday, "Thursday", (squat, 8, 100m), (squat, 10, 90m));
        await ChangeAsync(HttpMethod.Post, $"{Workouts}/{second}/sets", ann.Token, new { exerciseId = squat, reps = 1, weight = 140, isWarmUp = true });

        var records = await ReadAsync($"{Workouts}/records/{squat}", ann.Token);

        Assert.Equal("kg", records.GetProperty("weightUnit").GetString());
        Assert.Equal((120m, 1, first), WeightRecord(records.GetProperty("heaviest")));
        // Epley: 8 × 100 kg -> 100 × (1 + 8/30) = 126.67 beats 120 kg × 1 and 10 × 90 kg -> 120.
        var best = records.GetProperty("bestEstimatedOneRepMax");
        Assert.Equal((126.67m, 100m, 8), (best.GetProperty("estimatedOneRepMax").GetDecimal(), best.GetProperty("weight").GetDecimal(), best.GetProperty("reps").GetInt32()));
        Assert.Equal((1700m, second), (records.GetProperty("bestWorkoutVolume").GetProperty("volume").GetDecimal(), records.GetProperty("bestWorkoutVolume").GetProperty("workoutId").GetGuid()));
        Assert.Equal(
            [(120m, 1), (100m, 8), (90m, 10)],
            records.GetProperty("mostRepsAtWeight").EnumerateArray().Select(entry => (entry.GetProperty("weight").GetDecimal(), entry.GetProperty("reps").GetInt32())));
        Assert.Equal(thursday.ToUnixTimeSeconds(), records.GetProperty("lastPerformedAt").GetDateTimeOffset().ToUnixTimeSeconds());
    }

    [Fact]
    public async Task Records_follow_an_edited_and_a_deleted_set()
    {
        var ann = await SignInNewUserAsync();
        var squat = await CatalogueIdAsync(ann.Token, "back squat");
        var id = await LogAsync(ann.Token, DateTimeOffset.UtcNow.AddDays(-2), "Legs", (squat, 5, 100m), (squat, 2, 130m));
        var sets = SetIdsOf(await ReadAsync($"{Workouts}/{id}", ann.Token));
        Assert.Equal(130m, (await ReadAsync($"{Workouts}/records/{squat}", ann.Token)).GetProperty("heaviest").GetProperty("weight").GetDecimal());

        await ChangeAsync(HttpMethod.Put, $"{Workouts}/{id}/sets/{sets[1]}", ann.Token, new { exerciseId = squat, reps = 2, weight = 125 });
        var afterEdit = await ReadAsync($"{Workouts}/records/{squat}", ann.Token);
        Assert.Equal(204, (int)(await SendAsync(HttpMethod.Delete, $"{Workouts}/{id}/sets/{sets[1]}", ann.Token)).StatusCode);
        var afterDelete = await ReadAsync($"{Workouts}/records/{squat}", ann.Token);
        Assert.Equal(204, (int)(await SendAsync(HttpMethod.Delete, $"{Workouts}/{id}", ann.Token)).StatusCode);
        var afterWorkoutDeleted = await GetAsync($"{Workouts}/records/{squat}", ann.Token);

        Assert.Equal((125m, 750m), (afterEdit.GetProperty("heaviest").GetProperty("weight").GetDecimal(), afterEdit.GetProperty("bestWorkoutVolume").GetProperty("volume").GetDecimal()));
        Assert.Equal((100m, 500m), (afterDelete.GetProperty("heaviest").GetProperty("weight").GetDecimal(), afterDelete.GetProperty("bestWorkoutVolume").GetProperty("volume").GetDecimal()));
        Assert.Single(afterDelete.GetProperty("mostRepsAtWeight").EnumerateArray());
        Assert.Equal("personal_records_not_found", (await Problem.ReadAsync(afterWorkoutDeleted, HttpStatusCode.NotFound)).Code);
    }

    [Fact]
    public async Task Long_sets_do_not_count_for_the_one_rep_max_and_a_tie_goes_to_the_first_set()
    {
        var ann = await SignInNewUserAsync();
        var squat = await CatalogueIdAsync(ann.Token, "back squat");
        // 20 × 100 kg would be 166.67 by Epley, but sets over 12 reps do not count; the two 5 × 110 kg sets tie.
        var id = await LogAsync(ann.Token, DateTimeOffset.UtcNow.AddDays(-1), "Legs", (squat, 20, 100m), (squat, 5, 110m), (squat, 5, 110m));
        var sets = SetIdsOf(await ReadAsync($"{Workouts}/{id}", ann.Token));

        var before = await ReadAsync($"{Workouts}/records/{squat}", ann.Token);
        await ChangeAsync(HttpMethod.Put, $"{Workouts}/{id}/sets/order", ann.Token, new { setIds = new[] { sets[2], sets[1], sets[0] } });
        var after = await ReadAsync($"{Workouts}/records/{squat}", ann.Token);

        Assert.Equal((128.33m, 5), (before.GetProperty("bestEstimatedOneRepMax").GetProperty("estimatedOneRepMax").GetDecimal(), before.GetProperty("bestEstimatedOneRepMax").GetProperty("reps").GetInt32()));
        Assert.Equal(sets[1], before.GetProperty("heaviest").GetProperty("setId").GetGuid());
        Assert.Equal(sets[1], before.GetProperty("bestEstimatedOneRepMax").GetProperty("setId").GetGuid());
        Assert.Equal(sets[2], after.GetProperty("heaviest").GetProperty("setId").GetGuid());
        Assert.Equal((100m, 20), (before.GetProperty("mostRepsAtWeight")[1].GetProperty("weight").GetDecimal(), before.GetProperty("mostRepsAtWeight")[1].GetProperty("reps").GetInt32()));
    }

    [Fact]
    public async Task The_list_holds_one_entry_per_exercise_the_latest_performed_first_and_pages()
    {
        var ann = await SignInNewUserAsync();
        var (squat, bench, pullUp) = (await CatalogueIdAsync(ann.Token, "back squat"), await CatalogueIdAsync(ann.Token, "bench press"), await CatalogueIdAsync(ann.Token, "pull-up"));
        await LogAsync(ann.Token, DateTimeOffset.UtcNow.AddDays(-3), "Push", (bench, 5, 80m));
        await LogAsync(ann.Token, DateTimeOffset.UtcNow.AddDays(-2), "Legs", (squat, 5, 120m));
        await LogAsync(ann.Token, DateTimeOffset.UtcNow.AddDays(-1), "Pull", (pullUp, 12, null));

        var firstPage = await ReadAsync($"{Workouts}/records?pageSize=2", ann.Token);
        var secondPage = await ReadAsync($"{Workouts}/records?page=2&pageSize=2", ann.Token);

        var items = firstPage.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal([pullUp, squat], items.Select(item => item.GetProperty("exerciseId").GetGuid()));
        // Bodyweight work has reps but no weight records.
        Assert.Equal(JsonValueKind.Null, items[0].GetProperty("heaviest").ValueKind);
        Assert.Equal(120m, items[1].GetProperty("heaviest").GetProperty("weight").GetDecimal());
        Assert.Equal(3, firstPage.GetProperty("totalCount").GetInt32());
        Assert.Equal([bench], secondPage.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("exerciseId").GetGuid()));
    }

    [Fact]
    public async Task An_exercise_without_working_sets_has_no_records_and_an_unknown_one_is_not_found()
    {
        var ann = await SignInNewUserAsync();
        var squat = await CatalogueIdAsync(ann.Token, "back squat");

        var none = await GetAsync($"{Workouts}/records/{squat}", ann.Token);
        var unknown = await GetAsync($"{Workouts}/records/{Guid.CreateVersion7()}", ann.Token);

        Assert.Equal("personal_records_not_found", (await Problem.ReadAsync(none, HttpStatusCode.NotFound)).Code);
        Assert.Equal("exercise_not_found", (await Problem.ReadAsync(unknown, HttpStatusCode.NotFound)).Code);
    }

    private static (decimal Weight, int Reps, Guid WorkoutId) WeightRecord(JsonElement record) =>
        (record.GetProperty("weight").GetDecimal(), record.GetProperty("reps").GetInt32(), record.GetProperty("workoutId").GetGuid());
}
