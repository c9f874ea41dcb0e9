using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Api.IntegrationTests.Support;

namespace Platform.Api.IntegrationTests.Projects;

public sealed class ProjectSearchTests(PlatformApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task A_search_finds_word_prefixes_in_key_name_tags_and_description_and_ranks_name_matches_first()
    {
        var ann = await SignInNewUserAsync();
        await CreateAsync(ann.Token, "SHED", "Tool shed", description: "Where the garden tools live");
        await CreateAsync(ann.Token, "GRD", "Garden", tags: ["outdoor"]);
        await CreateAsync(ann.Token, "KIT", "Kitchen", tags: ["gardening"]);
        await CreateAsync(ann.Token, "OFF", "Office");

        var found = await KeysAsync("/api/v2/projects?q=gard", ann.Token);

        Assert.Equal("GRD", found[0]);
        Assert.Equal(["GRD", "KIT", "SHED"], found.Order());
        Assert.Equal(["OFF"], await KeysAsync("/api/v2/projects?q=off", ann.Token));
        Assert.Equal(["KIT"], await KeysAsync("/api/v2/projects?q=KIT", ann.Token));
    }

    [Fact]
    public async Task A_search_forgives_a_typo_in_the_key_or_name()
    {
        var ann = await SignInNewUserAsync();
        await CreateAsync(ann.Token, "GRD", "Garden");
        await CreateAsync(ann.Token, "PLT", "Platform backend");

        Assert.Equal(["GRD"], await KeysAsync("/api/v2/projects?q=gardne", ann.Token));
        Assert.Equal(["PLT"], await KeysAsync("/api/v2/projects?q=platfrom", ann.Token));
        Assert.Empty(await KeysAsync("/api/v2/projects?q=kitchen", ann.Token));
    }

    [Fact]
    public async Task Filters_narrow_the_list_by_status_role_tag_owner_and_time()
    {
        var ann = await SignInNewUserAsync("ann@example.com");
        var bob = await SignInNewUserAsync("bob@example.com");
        var archived = await CreateAsync(ann.Token, "OLD", "Old", tags: ["wood"]);
        (await SendAsync(HttpMethod.Post, $"/api/v2/projects/{archived}/archive", ann.Token)).EnsureSuccessStatusCode();
        await CreateAsync(ann.Token, "NEW", "New", tags: ["metal"]);
        var bobs = await CreateAsync(bob.Token, "BOB", "Bob's", tags: ["wood"]);
        (await SendAsync(HttpMethod.Post, $"/api/v1/projects/{bobs}/members", bob.Token, new { userId = ann.Id, role = "viewer" })).EnsureSuccessStatusCode();
        var future = Uri.EscapeDataString(DateTimeOffset.UtcNow.AddDays(1).ToString("O"));

        Assert.Equal(["BOB", "NEW", "OLD"], (await KeysAsync("/api/v2/projects", ann.Token)).Order());
        Assert.Equal(["OLD"], await KeysAsync("/api/v2/projects?status=archived", ann.Token));
        Assert.Equal(["BOB"], await KeysAsync("/api/v2/projects?role=viewer", ann.Token));
        Assert.Equal(["BOB", "OLD"], (await KeysAsync("/api/v2/projects?tag=Wood", ann.Token)).Order());
        Assert.Equal(["BOB"], await KeysAsync($"/api/v2/projects?ownerId={bob.Id}", ann.Token));
        Assert.Empty(await KeysAsync($"/api/v2/projects?createdFrom={future}", ann.Token));
        Assert.Equal(3, (await KeysAsync($"/api/v2/projects?createdTo={future}&updatedTo={future}", ann.Token)).Count);
        Assert.Equal(["BOB"], await KeysAsync("/api/v2/projects", bob.Token));
    }

    [Fact]
    public async Task Cursor_pages_walk_every_project_once_in_order_and_end_with_a_null_cursor()
    {
        var ann = await SignInNewUserAsync();
        foreach (var (key, name) in new[] { ("AAA", "Delta"), ("BBB", "alpha"), ("CCC", "Charlie"), ("DDD", "Bravo"), ("EEE", "Echo") })
        {
            await CreateAsync(ann.Token, key, name);
        }

        var newestFirst = await WalkAsync("/api/v2/projects?limit=2", ann.Token);
        var byName = await WalkAsync("/api/v2/projects?limit=2&sort=name", ann.Token);
        var byNameDescending = await WalkAsync("/api/v2/projects?limit=3&sort=-name", ann.Token);
        var oldestFirst = await WalkAsync("/api/v2/projects?limit=4&sort=created", ann.Token);

        Assert.Equal(["EEE", "DDD", "CCC", "BBB", "AAA"], newestFirst);
        Assert.Equal(byName.OrderBy(key => key, StringComparer.Ordinal).Count(), byName.Distinct().Count());
        Assert.Equal(byName, Enumerable.Reverse(byNameDescending));
        Assert.Equal(["AAA", "BBB", "CCC", "DDD", "EEE"], oldestFirst);
    }

    [Fact]
    public async Task Search_results_page_by_relevance_without_repeats()
    {
        var ann = await SignInNewUserAsync();
        for (var index = 0; index < 5; index++)
        {
            await CreateAsync(ann.Token, $"RIV{index}", index % 2 == 0 ? "River" : "Old river house", description: "by the river");
        }

        var pages = await WalkAsync("/api/v2/projects?q=river&limit=2", ann.Token);

        Assert.Equal(5, pages.Distinct().Count());
        Assert.Equal(["RIV0", "RIV2", "RIV4"], pages.Take(3).Order());
    }

    [Fact]
    public async Task Items_carry_the_callers_role_and_the_member_count()
    {
        var ann = await SignInNewUserAsync("ann@example.com");
        var bob = await SignInNewUserAsync("bob@example.com");
        var project = await CreateAsync(ann.Token, "GRD", "Garden");
        (await SendAsync(HttpMethod.Post, $"/api/v1/projects/{project}/members", ann.Token, new { userId = bob.Id, role = "maintainer" })).EnsureSuccessStatusCode();

        var item = (await ReadAsync("/api/v2/projects", bob.Token)).GetProperty("items").EnumerateArray().Single();

        Assert.Equal(("maintainer", 2, "GRD"), (item.GetProperty("role").GetString(), item.GetProperty("memberCount").GetInt32(), item.GetProperty("key").GetString()));
    }

    [Fact]
    public async Task A_cached_list_follows_membership_changes_at_once()
    {
        var ann = await SignInNewUserAsync("ann@example.com");
        var bob = await SignInNewUserAsync("bob@example.com");
        var project = await CreateAsync(ann.Token, "GRD", "Garden");
        Assert.Empty(await KeysAsync("/api/v2/projects?q=garden", bob.Token));

        (await SendAsync(HttpMethod.Post, $"/api/v1/projects/{project}/members", ann.Token, new { userId = bob.Id, role = "member" })).EnsureSuccessStatusCode();
        Assert.Equal(["GRD"], await KeysAsync("/api/v2/projects?q=garden", bob.Token));

        (await SendAsync(HttpMethod.Delete, $"/api/v1/projects/{project}/members/{bob.Id}", ann.Token)).EnsureSuccessStatusCode();
        Assert.Empty(await KeysAsync("/api/v2/projects?q=garden", bob.Token));

        (await SendAsync(HttpMethod.Put, $"/api/v1/projects/{project}", ann.Token, new { name = "Orchard", description = "", tags = Array.Empty<string>() })).EnsureSuccessStatusCode();
        Assert.Equal(["GRD"], await KeysAsync("/api/v2/projects?q=orchard", ann.Token));
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=101", "limit")]
    [InlineData("sort=size", "sort")]
    [InlineData("sort=relevance", "sort")]
    [InlineData("q=%21%21%21", "q")]
    [InlineData("status=deleted", "status")]
    [InlineData("role=king", "role")]
    [InlineData("cursor=not-a-cursor", "cursor")]
    [InlineData("createdFrom=2026-02-01T00:00:00Z&createdTo=2026-01-01T00:00:00Z", "createdTo")]
    public async Task Bad_parameters_are_a_400_naming_the_field(string parameters, string field)
    {
        var ann = await SignInNewUserAsync();

        var problem = await Problem.ReadAsync(await GetAsync($"/api/v2/projects?{parameters}", ann.Token), HttpStatusCode.BadRequest);

        Assert.Equal("validation_failed", problem.Code);
        Assert.Contains(field, problem.Errors.Keys);
    }

    [Fact]
    public async Task A_cursor_only_fits_the_list_it_came_from()
    {
        var ann = await SignInNewUserAsync();
        await CreateAsync(ann.Token, "AAA", "One");
        await CreateAsync(ann.Token, "BBB", "Two");
        var cursor = (await ReadAsync("/api/v2/projects?limit=1", ann.Token)).GetProperty("nextCursor").GetString();

        var otherSort = await GetAsync($"/api/v2/projects?limit=1&sort=name&cursor={cursor}", ann.Token);
        var otherFilter = await GetAsync($"/api/v2/projects?limit=1&status=active&cursor={cursor}", ann.Token);
        var sameList = await ReadAsync($"/api/v2/projects?limit=5&cursor={cursor}", ann.Token);

        Assert.Contains("cursor", (await Problem.ReadAsync(otherSort, HttpStatusCode.BadRequest)).Errors.Keys);
        Assert.Contains("cursor", (await Problem.ReadAsync(otherFilter, HttpStatusCode.BadRequest)).Errors.Keys);
        Assert.Equal("AAA", sameList.GetProperty("items")[0].GetProperty("key").GetString());
    }

    [Fact]
    public async Task Listing_needs_a_signed_in_caller()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync("/api/v2/projects")).StatusCode);
    }

    private async Task<Guid> CreateAsync(string token, string key, string name, string? description = null, string[]? tags = null)
    {
        var created = await SendAsync(HttpMethod.Post, "/api/v1/projects", token, new { key, name, description, tags });
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private async Task<List<string>> KeysAsync(string path, string token) =>
        (await ReadAsync(path, token)).GetProperty("items").EnumerateArray().Select(item => item.GetProperty("key").GetString()!).ToList();

    /// <summary>Follows nextCursor from the first page to the last and answers every key in the order served.</summary>
    private async Task<List<string>> WalkAsync(string path, string token)
    {
        var keys = new List<string>();
        string? cursor = null;
        for (var pages = 0; pages < 20; pages++)
        {
            var page = await ReadAsync(cursor is null ? path : $"{path}&cursor={Uri.EscapeDataString(cursor)}", token);
            keys.AddRange(page.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("key").GetString()!));
            cursor = page.GetProperty("nextCursor").GetString();
            if (cursor is null)
            {
                return keys;
            }
        }

        throw new InvalidOperationException("The cursor never ended.");
    }

    private async Task<JsonElement> ReadAsync(string path, string token)
    {
        var response = await GetAsync(path, token);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
