using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Api.IntegrationTests.Support;
using Platform.Domain.Exercises;

namespace Platform.Api.IntegrationTests.Exercises;

/// <summary>A user's own exercises: create, change, archive and restore, on PostgreSQL; the catalogue stays read-only.</summary>
public sealed class OwnExercisesTests(PlatformApiFactory factory) : ApiTest(factory)
{
    private const string Route = "/api/v1/exercises";

    private static readonly string[] Hamstrings = ["hamstrings"];

    private static readonly object SledPush = new
    {
        name = " Sled push ", category = "cardio", primaryMuscles = new[] { "quadriceps", "glutes" }, secondaryMuscles = new[] { "calves" }, equipment = "machine",
    };

    [Fact]
    public async Task A_created_exercise_is_answered_with_its_location_stored_and_listed_for_its_owner()
    {
        var ann = await SignInNewUserAsync();

        var created = await SendAsync(HttpMethod.Post, Route, ann.Token, SledPush);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = body.GetProperty("id").GetGuid();
        Assert.Equal($"{Route}/{id}", created.Headers.Location!.OriginalString);
        Assert.Equal(("Sled push", "Sled push", true), (body.GetProperty("nameEn").GetString(), body.GetProperty("nameRu").GetString(), body.GetProperty("isCustom").GetBoolean()));
        var stored = await InDatabaseAsync(database => database.Set<Exercise>().SingleAsync(exercise => exercise.Id == id));
        Assert.Equal((ann.Id, ExerciseCategory.Cardio, "machine"), (stored.OwnerId!.Value, stored.Category, stored.Equipment));
        var listed = await (await GetAsync($"{Route}?search=sled", ann.Token)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(id, listed.GetProperty("items")[0].GetProperty("id").GetGuid());
    }

    [Theory]
    [InlineData("""{"name":"","category":"cardio","primaryMuscles":["calves"],"equipment":"mat"}""", "name")]
    [InlineData("""{"name":"Drill","category":"yoga","primaryMuscles":["calves"],"equipment":"mat"}""", "category")]
    [InlineData("""{"name":"Drill","category":"cardio","primaryMuscles":[],"equipment":"mat"}""", "primaryMuscles")]
    [InlineData("""{"name":"Drill","category":"cardio","primaryMuscles":["calves"],"secondaryMuscles":["wings"],"equipment":"mat"}""", "secondaryMuscles")]
    [InlineData("""{"name":"Drill","category":"cardio","primaryMuscles":["calves"],"equipment":"spaceship"}""", "equipment")]
    public async Task A_bad_description_is_a_400_naming_the_field_and_stores_nothing(string body, string field)
    {
        var ann = await SignInNewUserAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, Route) { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", ann.Token);

        var response = await Client.SendAsync(request);

        Assert.Contains(field, (await Problem.ReadAsync(response, HttpStatusCode.BadRequest)).Errors.Keys);
        Assert.Equal(0, await InDatabaseAsync(database => database.Set<Exercise>().CountAsync(exercise => exercise.OwnerId != null)));
    }

    [Fact]
    public async Task The_owner_changes_archives_and_restores_their_exercise()
    {
        var ann = await SignInNewUserAsync();
        var id = await CreateAsync(ann.Token);

        var changed = await SendAsync(HttpMethod.Put, $"{Route}/{id}", ann.Token, new
        {
            name = "Sled pull", category = "strength", primaryMuscles = Hamstrings, secondaryMuscles = Array.Empty<string>(), equipment = "machine",
        });
        var archived = await SendAsync(HttpMethod.Post, $"{Route}/{id}/archive", ann.Token);
        var hidden = await (await GetAsync($"{Route}?search=sled", ann.Token)).Content.ReadFromJsonAsync<JsonElement>();
        var shownWithArchived = await (await GetAsync($"{Route}?search=sled&includeArchived=true", ann.Token)).Content.ReadFromJsonAsync<JsonElement>();
        var restored = await SendAsync(HttpMethod.Post, $"{Route}/{id}/restore", ann.Token);

        Assert.Equal(("Sled pull", "strength"), await NameAndCategoryAsync(changed));
        Assert.True((await archived.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("isArchived").GetBoolean());
        Assert.Equal(0, hidden.GetProperty("totalCount").GetInt32());
        Assert.Equal(1, shownWithArchived.GetProperty("totalCount").GetInt32());
        Assert.False((await restored.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("isArchived").GetBoolean());
    }

    [Theory]
    [InlineData("PUT", "")]
    [InlineData("POST", "/archive")]
    [InlineData("POST", "/restore")]
    [InlineData("GET", "")]
    public async Task Another_users_exercise_is_a_404_on_every_route(string method, string suffix)
    {
        var ann = await SignInNewUserAsync("ann@example.com");
        var bob = await SignInNewUserAsync("bob@example.com");
        var id = await CreateAsync(ann.Token);

        var response = await SendAsync(new HttpMethod(method), $"{Route}/{id}{suffix}", bob.Token, method == "PUT" ? SledPush : null);

        Assert.Equal("exercise_not_found", (await Problem.ReadAsync(response, HttpStatusCode.NotFound)).Code);
    }

    [Theory]
    [InlineData("PUT", "")]
    [InlineData("POST", "/archive")]
    public async Task The_catalogues_exercises_are_read_only(string method, string suffix)
    {
        var ann = await SignInNewUserAsync();
        var squat = (await (await GetAsync($"{Route}?search=back%20squat", ann.Token)).Content.ReadFromJsonAsync<JsonElement>())
            .GetProperty("items")[0].GetProperty("id").GetGuid();

        var response = await SendAsync(new HttpMethod(method), $"{Route}/{squat}{suffix}", ann.Token, method == "PUT" ? SledPush : null);

        Assert.Equal("exercise_read_only", (await Problem.ReadAsync(response, HttpStatusCode.Forbidden)).Code);
        Assert.Equal("Back squat", await InDatabaseAsync(async database => (await database.Set<Exercise>().SingleAsync(exercise => exercise.Id == squat)).NameEn));
    }

    private async Task<Guid> CreateAsync(string token)
    {
        var created = await SendAsync(HttpMethod.Post, Route, token, SledPush);
        created.EnsureSuccessStatusCode();
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static async Task<(string?, string?)> NameAndCategoryAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (body.GetProperty("nameEn").GetString(), body.GetProperty("category").GetString());
    }
}
