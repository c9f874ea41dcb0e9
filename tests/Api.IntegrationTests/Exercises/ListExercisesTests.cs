using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Api.IntegrationTests.Support;
using Platform.Domain.Exercises;

namespace Platform.Api.IntegrationTests.Exercises;

/// <summary>GET /api/v1/exercises and /api/v1/exercises/{id} through the real Api and PostgreSQL, with the seeded catalogue.</summary>
public sealed class ListExercisesTests(PlatformApiFactory factory) : ApiTest(factory)
{
    private const string Route = "/api/v1/exercises";

    [Fact]
    public async Task An_anonymous_caller_is_refused_with_401()
    {
        Assert.Equal("unauthenticated", (await Problem.ReadAsync(await GetAsync(Route), HttpStatusCode.Unauthorized)).Code);
    }

    [Fact]
    public async Task The_catalogue_holds_at_least_sixty_exercises_of_every_category_with_both_names()
    {
        var caller = await SignInNewUserAsync();

        var all = await ReadAllAsync($"{Route}?pageSize=100", caller.Token);

        Assert.True(all.Count >= 60, $"{all.Count} exercises");
        Assert.All(all, exercise => Assert.False(string.IsNullOrWhiteSpace(exercise.GetProperty("nameRu").GetString())));
        Assert.Equal(["cardio", "mobility", "strength"], all.Select(exercise => exercise.GetProperty("category").GetString()).Distinct().Order());
        Assert.All(all, exercise => Assert.False(exercise.GetProperty("isCustom").GetBoolean()));
    }

    [Theory]
    [InlineData("search=squat", "Back squat")]
    [InlineData("search=%D0%A1%D1%82%D0%B0%D0%BD%D0%BE%D0%B2%D0%B0%D1%8F", "Deadlift")]
    [InlineData("muscle=calves&equipment=machine", "Standing calf raise")]
    [InlineData("category=mobility&search=pigeon", "Pigeon pose")]
    public async Task The_list_is_searched_by_either_name_and_filtered(string parameters, string expected)
    {
        var caller = await SignInNewUserAsync();

        var found = await ReadAllAsync($"{Route}?{parameters}", caller.Token);

        Assert.Contains(expected, found.Select(exercise => exercise.GetProperty("nameEn").GetString()));
        Assert.NotEqual(await CountAsync(Route, caller.Token), found.Count);
    }

    [Fact]
    public async Task A_users_own_exercise_is_listed_for_them_and_a_404_for_anyone_else()
    {
        var ann = await SignInNewUserAsync("ann@example.com");
        var bob = await SignInNewUserAsync("bob@example.com");
        var own = await InDatabaseAsync(async database =>
        {
            var exercise = Exercise.CreateCustom(ann.Id, "Sled push", ExerciseCategory.Cardio, ["quadriceps"], [], "machine", DateTimeOffset.UtcNow).Value;
            database.Add(exercise);
            await database.SaveChangesAsync();
            return exercise;
        });

        var annsView = await ReadAllAsync($"{Route}?search=sled", ann.Token);
        var bobsView = await ReadAllAsync($"{Route}?search=sled", bob.Token);
        var bobsRead = await GetAsync($"{Route}/{own.Id}", bob.Token);

        Assert.True(Assert.Single(annsView).GetProperty("isCustom").GetBoolean());
        Assert.Empty(bobsView);
        Assert.Equal("exercise_not_found", (await Problem.ReadAsync(bobsRead, HttpStatusCode.NotFound)).Code);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync($"{Route}/{own.Id}", ann.Token)).StatusCode);
    }

    [Fact]
    public async Task One_catalogue_exercise_reads_with_its_muscles_and_equipment()
    {
        var caller = await SignInNewUserAsync();
        var squat = (await ReadAllAsync($"{Route}?search=back%20squat", caller.Token)).Single();

        var read = await (await GetAsync($"{Route}/{squat.GetProperty("id").GetGuid()}", caller.Token)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(("Приседания со штангой на спине", "barbell"), (read.GetProperty("nameRu").GetString(), read.GetProperty("equipment").GetString()));
        Assert.Equal(["quadriceps", "glutes"], read.GetProperty("primaryMuscles").EnumerateArray().Select(muscle => muscle.GetString()));
    }

    [Theory]
    [InlineData("pageSize=1000", "pageSize")]
    [InlineData("category=swimming", "category")]
    [InlineData("muscle=wings", "muscle")]
    [InlineData("equipment=spaceship", "equipment")]
    public async Task A_bad_parameter_is_a_400_that_names_the_field(string parameters, string field)
    {
        var caller = await SignInNewUserAsync();

        Assert.Contains(field, (await Problem.ReadAsync(await GetAsync($"{Route}?{parameters}", caller.Token), HttpStatusCode.BadRequest)).Errors.Keys);
    }

    [Fact]
    public async Task An_unknown_exercise_is_a_404()
    {
        var caller = await SignInNewUserAsync();

        Assert.Equal("exercise_not_found", (await Problem.ReadAsync(await GetAsync($"{Route}/{Guid.CreateVersion7()}", caller.Token), HttpStatusCode.NotFound)).Code);
    }

    private async Task<long> CountAsync(string path, string token) =>
        (await (await GetAsync(path, token)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("totalCount").GetInt64();

    private async Task<List<JsonElement>> ReadAllAsync(string path, string token)
    {
        var items = new List<JsonElement>();
        for (var page = 1; ; page++)
        {
            var separator = path.Contains('?', StringComparison.Ordinal) ? '&' : '?';
            var response = await GetAsync($"{path}{separator}page={page}", token);
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
            var body = await response.Content.ReadFromJsonAsync<JsonElement>();
            items.AddRange(body.GetProperty("items").EnumerateArray());
            if (!body.GetProperty("hasNextPage").GetBoolean())
            {
                return items;
            }
        }
    }
}
