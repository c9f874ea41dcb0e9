using System.Net;
using Microsoft.EntityFrameworkCore;
using Platform.Api.IntegrationTests.Support;
using Platform.Domain.Workouts;

namespace Platform.Api.IntegrationTests.Workouts;

/// <summary>The profile's weight unit: weights are read and written in it and stored in kilograms.</summary>
public sealed class WeightUnitTests(PlatformApiFactory factory) : DiaryApiTest(factory)
{
    [Fact]
    public async Task A_user_who_prefers_pounds_writes_and_reads_pounds_and_kilograms_are_stored()
    {
        var ann = await SignInNewUserAsync();
        var squat = await CatalogueIdAsync(ann.Token, "back squat");
        var profile = await ChangeAsync(HttpMethod.Patch, "/api/v1/users/me", ann.Token, new { weightUnit = "lb" });

        var id = await LogAsync(ann.Token, DateTimeOffset.UtcNow.AddHours(-2), "Legs", (squat, 5, 225m));
        var inPounds = await ReadAsync($"{Workouts}/{id}", ann.Token);
        var records = await ReadAsync($"{Workouts}/records/{squat}", ann.Token);
        await ChangeAsync(HttpMethod.Patch, "/api/v1/users/me", ann.Token, new { weightUnit = "kg" });
        var inKilograms = await ReadAsync($"{Workouts}/{id}", ann.Token);

        Assert.Equal("lb", profile.GetProperty("weightUnit").GetString());
        Assert.Equal(("lb", 225m), (inPounds.GetProperty("weightUnit").GetString(), inPounds.GetProperty("sets")[0].GetProperty("weight").GetDecimal()));
        Assert.Equal(225m, records.GetProperty("heaviest").GetProperty("weight").GetDecimal());
        // 225 lb = 102.05828325 kg, kept to 4 decimals, shown to 2.
        var stored = await InDatabaseAsync(database => database.Set<Workout>().AsNoTracking().SingleAsync(workout => workout.Id == id));
        Assert.Equal(102.0583m, Assert.Single(stored.Sets).WeightKg);
        Assert.Equal(("kg", 102.06m), (inKilograms.GetProperty("weightUnit").GetString(), inKilograms.GetProperty("sets")[0].GetProperty("weight").GetDecimal()));
        Assert.Equal("kg", (await ReadAsync("/api/v2/auth/me", ann.Token)).GetProperty("weightUnit").GetString());
    }

    [Fact]
    public async Task In_pounds_the_limit_is_1000_kilograms_converted()
    {
        var ann = await SignInNewUserAsync();
        var squat = await CatalogueIdAsync(ann.Token, "back squat");
        await ChangeAsync(HttpMethod.Patch, "/api/v1/users/me", ann.Token, new { weightUnit = "lb" });
        var start = DateTimeOffset.UtcNow.AddHours(-1);

        var atLimit = await SendAsync(HttpMethod.Post, Workouts, ann.Token, new { startedAt = start, sets = new[] { new { exerciseId = squat, reps = 1, weight = 2204.62m } } });
        var overLimit = await SendAsync(HttpMethod.Post, Workouts, ann.Token, new { startedAt = start, sets = new[] { new { exerciseId = squat, reps = 1, weight = 2204.63m } } });

        Assert.Equal(HttpStatusCode.Created, atLimit.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, overLimit.StatusCode);
    }

    [Fact]
    public async Task An_unknown_unit_is_a_400_naming_it_and_the_profile_stays()
    {
        var ann = await SignInNewUserAsync();

        var response = await SendAsync(HttpMethod.Patch, "/api/v1/users/me", ann.Token, new { weightUnit = "stone" });

        Assert.Contains("weightUnit", (await Problem.ReadAsync(response, HttpStatusCode.BadRequest)).Errors.Keys);
        Assert.Equal("kg", (await ReadAsync("/api/v2/auth/me", ann.Token)).GetProperty("weightUnit").GetString());
    }
}
