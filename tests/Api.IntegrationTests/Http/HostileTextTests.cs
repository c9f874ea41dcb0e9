using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Platform.Api.IntegrationTests.Support;

namespace Platform.Api.IntegrationTests.Http;

/// <summary>
/// Text PostgreSQL cannot store stops at the edge, for every route (RequestTextGuardMiddleware): a NUL in any JSON
/// string or query value is a 400 invalid_characters naming where it is, invalid UTF-8 anywhere in a JSON body a 400
/// malformed_json, and nothing stored changes.
/// </summary>
public sealed class HostileTextTests(PlatformApiFactory factory) : ApiTest(factory)
{
    [Theory]
    [InlineData("""{"key":"NUL","name":"Garden","description":"a\u0000b"}""", "description")]
    [InlineData("""{"key":"NUL","name":"Garden","tags":["wood","a\u0000"]}""", "tags[1]")]
    [InlineData("""{"key":"NUL","name":"Garden","ignored":{"deep":[1,"\u0000"]}}""", "ignored.deep[1]")]
    [InlineData("""{"key":"NUL","name":"Garden","a\u0000":1}""", "a\\u0000")]
    public async Task A_nul_anywhere_in_a_json_body_is_refused_naming_where(string json, string field)
    {
        var user = await SignInNewUserAsync();

        var problem = await Problem.ReadAsync(await SendRawAsync(HttpMethod.Post, "/api/v1/projects", user.Token, json), HttpStatusCode.BadRequest);

        Assert.Equal("invalid_characters", problem.Code);
        Assert.Equal([field], problem.Errors.Keys);
        Assert.Equal(0, (await ListProjectsAsync(user.Token)).GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task A_nul_in_a_replacement_leaves_the_stored_project_unchanged()
    {
        var user = await SignInNewUserAsync();
        var created = await SendAsync(HttpMethod.Post, "/api/v1/projects", user.Token, new { key = "KEEP", name = "Garden", description = "as it was" });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var problem = await Problem.ReadAsync(
            await SendRawAsync(HttpMethod.Put, $"/api/v1/projects/{id}", user.Token, """{"name":"Garden","description":"x\u0000"}"""),
            HttpStatusCode.BadRequest);

        Assert.Equal("invalid_characters", problem.Code);
        var stored = await (await GetAsync($"/api/v1/projects/{id}", user.Token)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("as it was", stored.GetProperty("description").GetString());
    }

    [Fact]
    public async Task A_nul_in_a_merge_patch_is_refused()
    {
        var user = await SignInNewUserAsync();

        var response = await SendRawAsync(HttpMethod.Patch, $"/api/v2/projects/{Guid.CreateVersion7()}", user.Token,
            """{"name":"\u0000"}""", "application/merge-patch+json");

        Assert.Equal("invalid_characters", (await Problem.ReadAsync(response, HttpStatusCode.BadRequest)).Code);
    }

    [Theory]
    [InlineData("/api/v1/exercises?search=%00", "search")]
    [InlineData("/api/v2/projects?tag=a%00b", "tag")]
    [InlineData("/api/v1/projects?page=1&x%00=1", "x\\u0000")]
    public async Task A_nul_in_a_query_is_refused_naming_the_parameter(string path, string field)
    {
        var user = await SignInNewUserAsync();

        var problem = await Problem.ReadAsync(await GetAsync(path, user.Token), HttpStatusCode.BadRequest);

        Assert.Equal("invalid_characters", problem.Code);
        Assert.Equal([field], problem.Errors.Keys);
    }

    [Fact]
    public async Task Invalid_utf8_even_in_an_ignored_property_is_malformed_json_and_changes_nothing()
    {
        var user = await SignInNewUserAsync();
        var body = Encoding.UTF8.GetBytes("{\"displayName\":\"Changed\",\"a\":\"").Concat(new byte[] { 0xFF, 0xFE, 0xC0 }).Concat("\"}"u8.ToArray()).ToArray();
        using var request = new HttpRequestMessage(HttpMethod.Patch, "/api/v1/users/me") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", user.Token);

        var problem = await Problem.ReadAsync(await Client.SendAsync(request), HttpStatusCode.BadRequest);

        Assert.Equal("malformed_json", problem.Code);
        var me = await (await GetAsync("/api/v1/auth/me", user.Token)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Ann", me.GetProperty("displayName").GetString());
    }

    [Fact]
    public async Task An_unpaired_surrogate_escape_is_malformed_json()
    {
        var user = await SignInNewUserAsync();

        var response = await SendRawAsync(HttpMethod.Post, "/api/v1/projects", user.Token, """{"key":"SUR","name":"\ud800"}""");

        Assert.Equal("malformed_json", (await Problem.ReadAsync(response, HttpStatusCode.BadRequest)).Code);
    }

    [Fact]
    public async Task An_escaped_backslash_before_u0000_is_ordinary_text()
    {
        var user = await SignInNewUserAsync();

        var response = await SendRawAsync(HttpMethod.Post, "/api/v1/projects", user.Token, """{"key":"BSL","name":"Garden","description":"a\\u0000b"}""");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("a\\u0000b", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("description").GetString());
    }

    private async Task<JsonElement> ListProjectsAsync(string token) =>
        await (await GetAsync("/api/v1/projects", token)).Content.ReadFromJsonAsync<JsonElement>();
}
