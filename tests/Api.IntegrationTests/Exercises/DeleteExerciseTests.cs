using System.Net;
using Microsoft.EntityFrameworkCore;
using Platform.Api.IntegrationTests.Support;
using Platform.Api.IntegrationTests.Workouts;
using Platform.Domain.Exercises;

namespace Platform.Api.IntegrationTests.Exercises;

/// <summary>DELETE /api/v1/exercises/{id}: an own exercise goes unless logged sets use it; the catalogue stays.</summary>
public sealed class DeleteExerciseTests(PlatformApiFactory factory) : DiaryApiTest(factory)
{
    private const string Route = "/api/v1/exercises";

    private static readonly string[] Quadriceps = ["quadriceps"];

    [Fact]
    public async Task An_anonymous_caller_is_refused_with_401()
    {
        var response = await SendAsync(HttpMethod.Delete, $"{Route}/{Guid.CreateVersion7()}");

        Assert.Equal("unauthenticated", (await Problem.ReadAsync(response, HttpStatusCode.Unauthorized)).Code);
    }

    [Fact]
    public async Task The_owner_deletes_an_unused_exercise_of_their_own()
    {
        var ann = await SignInNewUserAsync();
        var exercise = await CreateOwnAsync(ann.Token);

        var response = await SendAsync(HttpMethod.Delete, $"{Route}/{exercise}", ann.Token);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Null(await FindAsync(exercise));
        Assert.Equal("exercise_not_found", (await Problem.ReadAsync(await GetAsync($"{Route}/{exercise}", ann.Token), HttpStatusCode.NotFound)).Code);
    }

    [Fact]
    public async Task An_exercise_used_in_logged_sets_is_a_409_and_can_be_archived_instead()
    {
        var ann = await SignInNewUserAsync();
        var exercise = await CreateOwnAsync(ann.Token);
        await LogAsync(ann.Token, DateTimeOffset.UtcNow.AddHours(-1), "Legs", (exercise, 8, 60m));

        var deleted = await SendAsync(HttpMethod.Delete, $"{Route}/{exercise}", ann.Token);
        var archived = await SendAsync(HttpMethod.Post, $"{Route}/{exercise}/archive", ann.Token);

        Assert.Equal("exercise_in_use", (await Problem.ReadAsync(deleted, HttpStatusCode.Conflict)).Code);
        Assert.Equal(HttpStatusCode.OK, archived.StatusCode);
        Assert.True((await FindAsync(exercise))!.IsArchived);
    }

    [Fact]
    public async Task A_catalogue_exercise_is_read_only()
    {
        var ann = await SignInNewUserAsync();
        var squat = await CatalogueIdAsync(ann.Token, "back squat");

        var response = await SendAsync(HttpMethod.Delete, $"{Route}/{squat}", ann.Token);

        Assert.Equal("exercise_read_only", (await Problem.ReadAsync(response, HttpStatusCode.Forbidden)).Code);
        Assert.NotNull(await FindAsync(squat));
    }

    private async Task<Guid> CreateOwnAsync(string token) =>
        (await ChangeAsync(HttpMethod.Post, Route, token, new { name = "Sled push", category = "strength", primaryMuscles = Quadriceps, equipment = "machine" }))
            .GetProperty("id").GetGuid();

    private Task<Exercise?> FindAsync(Guid id) =>
        InDatabaseAsync(database => database.Set<Exercise>().AsNoTracking().SingleOrDefaultAsync(exercise => exercise.Id == id));
}
