using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Api.IntegrationTests.Support;

namespace Platform.Api.IntegrationTests.Projects;

public sealed class ProjectsV1Tests(PlatformApiFactory factory) : ApiTest(factory)
{
    private static readonly string[] WoodTag = ["Wood"];

    [Fact]
    public async Task A_created_project_is_answered_with_its_location_read_and_listed()
    {
        var ann = await SignInNewUserAsync();

        var created = await SendAsync(HttpMethod.Post, "/api/v1/projects", ann.Token, new { key = "gpr", name = "Garden", description = "Shed", tags = WoodTag });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var project = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("GPR", "owner", "active"), (project.GetProperty("key").GetString(), project.GetProperty("role").GetString(), project.GetProperty("status").GetString()));
        Assert.Equal($"/api/v1/projects/{project.GetProperty("id").GetGuid()}", created.Headers.Location!.OriginalString);
        Assert.Equal("wood", (await ReadAsync(created.Headers.Location.OriginalString, ann.Token)).GetProperty("tags")[0].GetString());
        var list = await ReadAsync("/api/v1/projects?status=active", ann.Token);
        Assert.Equal(1, list.GetProperty("totalCount").GetInt32());
        Assert.Equal(0, (await ReadAsync("/api/v1/projects?status=archived", ann.Token)).GetProperty("totalCount").GetInt32());
    }

    [Theory]
    [InlineData("G", "Garden", HttpStatusCode.BadRequest, "validation_failed")]
    [InlineData("GPR", "", HttpStatusCode.BadRequest, "validation_failed")]
    [InlineData("TAKEN", "Garden", HttpStatusCode.Conflict, "project_key_taken")]
    public async Task A_bad_or_taken_key_or_a_missing_name_is_refused(string key, string name, HttpStatusCode status, string code)
    {
        var ann = await SignInNewUserAsync();
        (await SendAsync(HttpMethod.Post, "/api/v1/projects", ann.Token, new { key = "TAKEN", name = "First" })).EnsureSuccessStatusCode();

        var response = await SendAsync(HttpMethod.Post, "/api/v1/projects", ann.Token, new { key, name });

        Assert.Equal(code, (await Problem.ReadAsync(response, status)).Code);
    }

    [Theory]
    [InlineData("GET", "")]
    [InlineData("PUT", "")]
    [InlineData("DELETE", "")]
    [InlineData("GET", "/members")]
    [InlineData("POST", "/members")]
    [InlineData("PUT", "/members/{owner}")]
    [InlineData("DELETE", "/members/{owner}")]
    public async Task Another_users_project_is_a_404_on_every_route(string method, string suffix)
    {
        var ann = await SignInNewUserAsync("ann@example.com");
        var bob = await SignInNewUserAsync("bob@example.com");
        var project = await CreateAsync(ann.Token, "GPR");

        var response = await SendAsync(new HttpMethod(method), $"/api/v1/projects/{project}{suffix.Replace("{owner}", ann.Id.ToString(), StringComparison.Ordinal)}", bob.Token,
            (method, suffix) switch
            {
                ("PUT", "") => new { name = "Mine" },
                ("POST", _) => new { userId = bob.Id, role = "member" },
                ("PUT", _) => (object)new { role = "member" },
                _ => null,
            });

        Assert.Equal("project_not_found", (await Problem.ReadAsync(response, HttpStatusCode.NotFound)).Code);
    }

    [Fact]
    public async Task Members_see_the_project_with_their_role_and_write_as_far_as_it_allows()
    {
        var ann = await SignInNewUserAsync("ann@example.com");
        var bob = await SignInNewUserAsync("bob@example.com");
        var project = await CreateAsync(ann.Token, "GPR");
        await ReadAsync("/api/v1/projects", bob.Token); // cached empty list

        var added = await SendAsync(HttpMethod.Post, $"/api/v1/projects/{project}/members", ann.Token, new { userId = bob.Id, role = "viewer" });
        var listAsViewer = await ReadAsync("/api/v1/projects", bob.Token);
        var asViewer = await SendAsync(HttpMethod.Put, $"/api/v1/projects/{project}", bob.Token, new { name = "Renamed" });
        var promoted = await SendAsync(HttpMethod.Put, $"/api/v1/projects/{project}/members/{bob.Id}", ann.Token, new { role = "member" });
        var asMember = await SendAsync(HttpMethod.Put, $"/api/v1/projects/{project}", bob.Token, new { name = "Renamed" });

        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.Equal("viewer", listAsViewer.GetProperty("items")[0].GetProperty("role").GetString());
        Assert.Equal("project_permission_denied", (await Problem.ReadAsync(asViewer, HttpStatusCode.Forbidden)).Code);
        Assert.Equal("member", (await promoted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("role").GetString());
        Assert.Equal(HttpStatusCode.OK, asMember.StatusCode);
        Assert.Equal("Renamed", (await ReadAsync($"/api/v1/projects/{project}", ann.Token)).GetProperty("name").GetString());
        var members = await ReadAsync($"/api/v1/projects/{project}/members", bob.Token);
        Assert.Equal(["owner", "member"], members.EnumerateArray().Select(member => member.GetProperty("role").GetString()));
        Assert.Equal("Ann", members[0].GetProperty("displayName").GetString());
    }

    [Fact]
    public async Task Member_changes_are_refused_with_the_rule_they_break()
    {
        var ann = await SignInNewUserAsync("ann@example.com");
        var bob = await SignInNewUserAsync("bob@example.com");
        var project = await CreateAsync(ann.Token, "GPR");
        await SendAsync(HttpMethod.Post, $"/api/v1/projects/{project}/members", ann.Token, new { userId = bob.Id, role = "member" });

        var again = await SendAsync(HttpMethod.Post, $"/api/v1/projects/{project}/members", ann.Token, new { userId = bob.Id, role = "viewer" });
        var nobody = await SendAsync(HttpMethod.Post, $"/api/v1/projects/{project}/members", ann.Token, new { userId = Guid.CreateVersion7(), role = "viewer" });
        var asOwner = await SendAsync(HttpMethod.Post, $"/api/v1/projects/{project}/members", ann.Token, new { userId = Guid.CreateVersion7(), role = "owner" });
        var ownerLeaves = await SendAsync(HttpMethod.Delete, $"/api/v1/projects/{project}/members/{ann.Id}", ann.Token);
        var memberRemovesOwner = await SendAsync(HttpMethod.Delete, $"/api/v1/projects/{project}/members/{ann.Id}", bob.Token);
        var memberDeletes = await SendAsync(HttpMethod.Delete, $"/api/v1/projects/{project}", bob.Token);

        Assert.Equal("project_member_exists", (await Problem.ReadAsync(again, HttpStatusCode.Conflict)).Code);
        Assert.Equal("user_not_found", (await Problem.ReadAsync(nobody, HttpStatusCode.NotFound)).Code);
        Assert.Contains("role", (await Problem.ReadAsync(asOwner, HttpStatusCode.BadRequest)).Errors.Keys);
        Assert.Equal("project_owner_cannot_leave", (await Problem.ReadAsync(ownerLeaves, HttpStatusCode.Conflict)).Code);
        Assert.Equal("project_permission_denied", (await Problem.ReadAsync(memberRemovesOwner, HttpStatusCode.Forbidden)).Code);
        Assert.Equal("project_permission_denied", (await Problem.ReadAsync(memberDeletes, HttpStatusCode.Forbidden)).Code);
    }

    [Fact]
    public async Task A_member_who_leaves_or_is_removed_loses_sight_of_it_at_once()
    {
        var ann = await SignInNewUserAsync("ann@example.com");
        var bob = await SignInNewUserAsync("bob@example.com");
        var project = await CreateAsync(ann.Token, "GPR");
        await SendAsync(HttpMethod.Post, $"/api/v1/projects/{project}/members", ann.Token, new { userId = bob.Id, role = "member" });
        await ReadAsync($"/api/v1/projects/{project}", bob.Token); // cached

        var left = await SendAsync(HttpMethod.Delete, $"/api/v1/projects/{project}/members/{bob.Id}", bob.Token);

        Assert.Equal(HttpStatusCode.NoContent, left.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync($"/api/v1/projects/{project}", bob.Token)).StatusCode);
        Assert.Equal(0, (await ReadAsync("/api/v1/projects", bob.Token)).GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task The_owner_deletes_the_project_and_it_is_gone_for_every_member()
    {
        var ann = await SignInNewUserAsync("ann@example.com");
        var bob = await SignInNewUserAsync("bob@example.com");
        var project = await CreateAsync(ann.Token, "GPR");
        await SendAsync(HttpMethod.Post, $"/api/v1/projects/{project}/members", ann.Token, new { userId = bob.Id, role = "maintainer" });
        await ReadAsync("/api/v1/projects", bob.Token); // cached

        var deleted = await SendAsync(HttpMethod.Delete, $"/api/v1/projects/{project}", ann.Token);

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync($"/api/v1/projects/{project}", ann.Token)).StatusCode);
        Assert.Equal(0, (await ReadAsync("/api/v1/projects", bob.Token)).GetProperty("totalCount").GetInt32());
    }

    [Theory]
    [InlineData("?pageSize=101")]
    [InlineData("?page=0")]
    [InlineData("?status=deleted")]
    public async Task Bad_list_parameters_are_a_400(string query)
    {
        var ann = await SignInNewUserAsync();

        Assert.Equal("validation_failed", (await Problem.ReadAsync(await GetAsync($"/api/v1/projects{query}", ann.Token), HttpStatusCode.BadRequest)).Code);
    }

    [Fact]
    public async Task Pages_count_from_one_and_carry_the_total()
    {
        var ann = await SignInNewUserAsync();
        foreach (var key in new[] { "AAA", "BBB", "CCC" })
        {
            await CreateAsync(ann.Token, key);
        }

        var second = await ReadAsync("/api/v1/projects?page=2&pageSize=2", ann.Token);

        Assert.Equal((3, 2, 1), (second.GetProperty("totalCount").GetInt32(), second.GetProperty("page").GetInt32(), second.GetProperty("items").GetArrayLength()));
        Assert.Equal("AAA", second.GetProperty("items")[0].GetProperty("key").GetString()); // newest first
    }

    [Fact]
    public async Task V1_project_routes_announce_their_deprecation_and_sunset_as_configured_and_other_routes_do_not()
    {
        var ann = await SignInNewUserAsync();

        var projects = await GetAsync("/api/v1/projects", ann.Token);
        var me = await GetAsync("/api/v1/auth/me", ann.Token);

        Assert.Equal("@" + new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds(), projects.Headers.GetValues("Deprecation").Single());
        Assert.Equal("Wed, 01 Dec 2027 00:00:00 GMT", projects.Headers.GetValues("Sunset").Single());
        Assert.Contains(projects.Headers.GetValues("Link"), link => link.Contains("<https://api.example.test/docs/v2>", StringComparison.Ordinal) && link.Contains("rel=\"deprecation\"", StringComparison.Ordinal));
        Assert.False(me.Headers.Contains("Deprecation"));
        Assert.False(me.Headers.Contains("Sunset"));
    }

    private async Task<Guid> CreateAsync(string token, string key)
    {
        var created = await SendAsync(HttpMethod.Post, "/api/v1/projects", token, new { key, name = $"Project {key}" });
        created.EnsureSuccessStatusCode();
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private async Task<JsonElement> ReadAsync(string path, string token)
    {
        var response = await GetAsync(path, token);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
