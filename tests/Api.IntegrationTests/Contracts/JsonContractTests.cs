using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Api.IntegrationTests.Support;

namespace Platform.Api.IntegrationTests.Contracts;

/// <summary>
/// One JSON rule for every module (ADR 33): a property a request does not declare is a 400, never dropped in silence,
/// and a number is a JSON number (a quoted one is a 400); nothing is stored either way.
/// </summary>
public sealed class JsonContractTests(PlatformApiFactory factory) : ApiTest(factory)
{
    [Theory]
    [InlineData("/api/v1/projects", """{"key":"GPR","name":"Garden","owner":"someone else"}""", "/api/v1/projects")]
    [InlineData("/api/v1/exercises", """{"name":"Zorbing drill","category":"strength","primaryMuscles":["back"],"isCatalogue":true}""", "/api/v1/exercises?search=zorbing")]
    [InlineData("/api/v1/workouts", """{"title":"Legs","startedAt":"2026-12-01T08:00:00Z","ownerId":"0193a1b2-0000-7000-8000-000000000001"}""", "/api/v1/workouts")]
    public async Task An_unknown_property_is_a_400_in_every_module_and_nothing_is_stored(string path, string json, string list)
    {
        var user = await SignInNewUserAsync();

        var problem = await Problem.ReadAsync(await SendRawAsync(HttpMethod.Post, path, user.Token, json), HttpStatusCode.BadRequest);

        Assert.Equal("malformed_json", problem.Code);
        var stored = await (await GetAsync(list, user.Token)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(0, stored.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task An_unknown_property_at_sign_up_is_a_400_and_no_account_is_made()
    {
        var response = await SendRawAsync(
            HttpMethod.Post, "/api/v1/auth/register", null, """{"email":"eve@example.com","password":"correct horse battery","displayName":"Eve","roles":["admin"]}""");

        Assert.Equal("malformed_json", (await Problem.ReadAsync(response, HttpStatusCode.BadRequest)).Code);
        Assert.False(await InDatabaseAsync(context => context.Set<Domain.Identity.User>().AnyAsync(user => user.Email == Domain.Identity.Email.Create("eve@example.com").Value)));
    }

    [Fact]
    public async Task A_quoted_number_is_a_400_and_nothing_changes()
    {
        var user = await SignInNewUserAsync();
        var created = await SendRawAsync(HttpMethod.Post, "/api/v1/workouts", user.Token, """{"title":"Legs","startedAt":"2026-12-01T08:00:00Z"}""");
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var exercise = (await (await GetAsync("/api/v1/exercises?search=squat", user.Token)).Content.ReadFromJsonAsync<JsonElement>())
            .GetProperty("items")[0].GetProperty("id").GetGuid();

        var quoted = await SendRawAsync(HttpMethod.Post, $"/api/v1/workouts/{id}/sets", user.Token, $$"""{"exerciseId":"{{exercise}}","reps":"5"}""");
        var page = await GetAsync("/api/v1/projects?page=1&pageSize=5", user.Token);

        Assert.Equal("malformed_json", (await Problem.ReadAsync(quoted, HttpStatusCode.BadRequest)).Code);
        var workout = await (await GetAsync($"/api/v1/workouts/{id}", user.Token)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(0, workout.GetProperty("sets").GetArrayLength());
        Assert.Equal(HttpStatusCode.OK, page.StatusCode); // query strings carry numbers as text, as always
    }
}
