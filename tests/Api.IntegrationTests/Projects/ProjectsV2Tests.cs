using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Platform.Api.IntegrationTests.Support;

namespace Platform.Api.IntegrationTests.Projects;

public sealed class ProjectsV2Tests(PlatformApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task A_read_carries_an_etag_and_answers_304_while_nothing_changed()
    {
        var ann = await SignInNewUserAsync();
        var project = await CreateAsync(ann.Token);

        var first = await GetAsync($"/api/v2/projects/{project}", ann.Token);
        var etag = first.Headers.ETag!.Tag;
        var unchanged = await SendConditionalAsync(HttpMethod.Get, $"/api/v2/projects/{project}", ann.Token, ifNoneMatch: etag);
        await PatchAsync(project, ann.Token, etag, """{"name":"Orchard"}""");
        var changed = await SendConditionalAsync(HttpMethod.Get, $"/api/v2/projects/{project}", ann.Token, ifNoneMatch: etag);

        var body = await first.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((1, 1L), (body.GetProperty("memberCount").GetInt32(), body.GetProperty("version").GetInt64()));
        Assert.Equal("\"1\"", etag);
        Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal("\"2\"", changed.Headers.ETag!.Tag);
        Assert.Equal("Orchard", (await changed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_merge_patch_changes_what_it_names_clears_what_it_nulls_and_keeps_the_rest()
    {
        var ann = await SignInNewUserAsync();
        var project = await CreateAsync(ann.Token, description: "Shed", tags: ["wood", "tools"]);

        var patched = await PatchAsync(project, ann.Token, "\"1\"", """{"description":null,"tags":["Fruit"]}""");

        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        var body = await patched.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("Garden", "", "fruit"), (body.GetProperty("name").GetString(), body.GetProperty("description").GetString(), body.GetProperty("tags")[0].GetString()));
        Assert.Equal("\"2\"", patched.Headers.ETag!.Tag);
    }

    [Fact]
    public async Task A_patch_without_if_match_is_428_and_with_a_stale_one_412()
    {
        var ann = await SignInNewUserAsync();
        var project = await CreateAsync(ann.Token);
        await PatchAsync(project, ann.Token, "\"1\"", """{"name":"Second"}""");

        var missing = await PatchAsync(project, ann.Token, null, """{"name":"Third"}""");
        var stale = await PatchAsync(project, ann.Token, "\"1\"", """{"name":"Third"}""");
        var weak = await PatchAsync(project, ann.Token, "W/\"2\"", """{"name":"Third"}""");

        Assert.Equal("precondition_required", (await Problem.ReadAsync(missing, (HttpStatusCode)428)).Code);
        Assert.Equal("precondition_failed", (await Problem.ReadAsync(stale, HttpStatusCode.PreconditionFailed)).Code);
        Assert.Equal("precondition_failed", (await Problem.ReadAsync(weak, HttpStatusCode.PreconditionFailed)).Code);
        Assert.Equal("Second", (await (await GetAsync($"/api/v2/projects/{project}", ann.Token)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("name").GetString());
    }

    [Fact]
    public async Task Of_two_concurrent_patches_with_one_etag_exactly_one_wins()
    {
        var ann = await SignInNewUserAsync();
        var project = await CreateAsync(ann.Token);

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(attempt => PatchAsync(project, ann.Token, "\"1\"", $$"""{"name":"Writer {{attempt}}"}""")));

        Assert.Single(responses, response => response.StatusCode == HttpStatusCode.OK);
        Assert.All(responses.Where(response => response.StatusCode != HttpStatusCode.OK),
            response => Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode));
    }

    [Theory]
    [InlineData("""{"key":"NEW"}""", "merge_patch_invalid")]
    [InlineData("""[1,2]""", "merge_patch_invalid")]
    [InlineData("""{"tags":"wood"}""", "merge_patch_invalid")]
    [InlineData("""{"name":null}""", "validation_failed")]
    [InlineData("""{"tags":["has space"]}""", "validation_failed")]
    public async Task A_patch_with_unknown_fields_or_bad_values_is_a_400(string patch, string code)
    {
        var ann = await SignInNewUserAsync();
        var project = await CreateAsync(ann.Token);

        Assert.Equal(code, (await Problem.ReadAsync(await PatchAsync(project, ann.Token, "\"1\"", patch), HttpStatusCode.BadRequest)).Code);
    }

    [Fact]
    public async Task An_archived_project_refuses_changes_until_restored()
    {
        var ann = await SignInNewUserAsync("ann@example.com");
        var bob = await SignInNewUserAsync("bob@example.com");
        var project = await CreateAsync(ann.Token);
        await SendAsync(HttpMethod.Post, $"/api/v1/projects/{project}/members", ann.Token, new { userId = bob.Id, role = "member" });

        var byMember = await SendAsync(HttpMethod.Post, $"/api/v2/projects/{project}/archive", bob.Token);
        var archived = await SendAsync(HttpMethod.Post, $"/api/v2/projects/{project}/archive", ann.Token);
        var whileArchived = await PatchAsync(project, ann.Token, archived.Headers.ETag!.Tag, """{"name":"X"}""");
        var restored = await SendAsync(HttpMethod.Post, $"/api/v2/projects/{project}/restore", ann.Token);
        var afterRestore = await PatchAsync(project, ann.Token, restored.Headers.ETag!.Tag, """{"name":"X"}""");

        Assert.Equal("project_permission_denied", (await Problem.ReadAsync(byMember, HttpStatusCode.Forbidden)).Code);
        Assert.Equal("archived", (await archived.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.Equal("project_archived", (await Problem.ReadAsync(whileArchived, HttpStatusCode.Conflict)).Code);
        Assert.Equal(HttpStatusCode.OK, afterRestore.StatusCode);
        Assert.Equal(1, (await ReadAsync("/api/v1/projects?status=active", bob.Token)).GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task The_owner_hands_the_project_over_and_stays_as_maintainer()
    {
        var ann = await SignInNewUserAsync("ann@example.com");
        var bob = await SignInNewUserAsync("bob@example.com");
        var project = await CreateAsync(ann.Token);
        await SendAsync(HttpMethod.Post, $"/api/v1/projects/{project}/members", ann.Token, new { userId = bob.Id, role = "member" });

        var byMember = await SendAsync(HttpMethod.Post, $"/api/v2/projects/{project}/transfer-ownership", bob.Token, new { userId = bob.Id });
        var toStranger = await SendAsync(HttpMethod.Post, $"/api/v2/projects/{project}/transfer-ownership", ann.Token, new { userId = Guid.CreateVersion7() });
        var transferred = await SendAsync(HttpMethod.Post, $"/api/v2/projects/{project}/transfer-ownership", ann.Token, new { userId = bob.Id });

        Assert.Equal("project_permission_denied", (await Problem.ReadAsync(byMember, HttpStatusCode.Forbidden)).Code);
        Assert.Equal("project_member_not_found", (await Problem.ReadAsync(toStranger, HttpStatusCode.NotFound)).Code);
        var body = await transferred.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((bob.Id, "maintainer"), (body.GetProperty("ownerId").GetGuid(), body.GetProperty("role").GetString()));
        Assert.Equal("owner", (await ReadAsync($"/api/v1/projects/{project}", bob.Token)).GetProperty("role").GetString());
    }

    [Fact]
    public async Task Stats_count_only_the_callers_projects_by_status_and_week()
    {
        var ann = await SignInNewUserAsync("ann@example.com");
        var bob = await SignInNewUserAsync("bob@example.com");
        var first = await CreateAsync(ann.Token);
        (await SendAsync(HttpMethod.Post, "/api/v1/projects", ann.Token, new { key = "SECOND", name = "Second" })).EnsureSuccessStatusCode();
        (await SendAsync(HttpMethod.Post, "/api/v1/projects", bob.Token, new { key = "BOBS", name = "Bob's" })).EnsureSuccessStatusCode();
        await ReadAsync("/api/v2/projects/stats?weeks=4", ann.Token); // cached
        (await SendAsync(HttpMethod.Post, $"/api/v2/projects/{first}/archive", ann.Token)).EnsureSuccessStatusCode();

        var stats = await ReadAsync("/api/v2/projects/stats?weeks=4", ann.Token);

        Assert.Equal((2, 1, 1), (stats.GetProperty("total").GetInt32(), stats.GetProperty("active").GetInt32(), stats.GetProperty("archived").GetInt32()));
        var weeks = stats.GetProperty("createdPerWeek").EnumerateArray().ToList();
        Assert.Equal(4, weeks.Count);
        Assert.Equal([0, 0, 0, 2], weeks.Select(week => week.GetProperty("count").GetInt32()));
        Assert.Equal(DayOfWeek.Monday, DateOnly.Parse(weeks[3].GetProperty("weekStart").GetString()!, System.Globalization.CultureInfo.InvariantCulture).DayOfWeek);
        Assert.Equal("validation_failed", (await Problem.ReadAsync(await GetAsync("/api/v2/projects/stats?weeks=0", ann.Token), HttpStatusCode.BadRequest)).Code);
    }

    [Theory]
    [InlineData("GET", "")]
    [InlineData("PATCH", "")]
    [InlineData("POST", "/archive")]
    [InlineData("POST", "/restore")]
    [InlineData("POST", "/transfer-ownership")]
    public async Task Another_users_project_is_a_404_on_every_v2_route(string method, string suffix)
    {
        var ann = await SignInNewUserAsync("ann@example.com");
        var bob = await SignInNewUserAsync("bob@example.com");
        var project = await CreateAsync(ann.Token);

        var response = method == "PATCH"
            ? await PatchAsync(project, bob.Token, "\"1\"", """{"name":"Mine"}""")
            : await SendAsync(new HttpMethod(method), $"/api/v2/projects/{project}{suffix}", bob.Token, method == "POST" ? new { userId = bob.Id } : null);

        Assert.Equal("project_not_found", (await Problem.ReadAsync(response, HttpStatusCode.NotFound)).Code);
    }

    private async Task<Guid> CreateAsync(string token, string? description = null, string[]? tags = null)
    {
        var created = await SendAsync(HttpMethod.Post, "/api/v1/projects", token, new { key = "GPR", name = "Garden", description, tags });
        created.EnsureSuccessStatusCode();
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private Task<HttpResponseMessage> PatchAsync(Guid project, string token, string? ifMatch, string patch)
    {
        var request = new HttpRequestMessage(HttpMethod.Patch, $"/api/v2/projects/{project}")
        {
            Content = new StringContent(patch, Encoding.UTF8, "application/merge-patch+json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return Client.SendAsync(request);
    }

    private Task<HttpResponseMessage> SendConditionalAsync(HttpMethod method, string path, string token, string ifNoneMatch)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        return Client.SendAsync(request);
    }

    private async Task<JsonElement> ReadAsync(string path, string token)
    {
        var response = await GetAsync(path, token);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
