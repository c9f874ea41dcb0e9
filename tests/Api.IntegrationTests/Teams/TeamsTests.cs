using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Api.IntegrationTests.Support;
using Platform.Domain.Teams;

namespace Platform.Api.IntegrationTests.Teams;

/// <summary>/api/v1/teams: create, read, list, update with If-Match and delete, for the captain, a member and a stranger.</summary>
public sealed class TeamsTests(PlatformApiFactory factory) : TeamsApiTest(factory)
{
    private const string Route = Teams;

    [Fact]
    public async Task An_anonymous_caller_is_refused_with_401_on_every_route()
    {
        var id = Guid.CreateVersion7();

        foreach (var (method, path) in new[] { (HttpMethod.Get, Route), (HttpMethod.Post, Route), (HttpMethod.Get, $"{Route}/{id}"), (HttpMethod.Put, $"{Route}/{id}"), (HttpMethod.Delete, $"{Route}/{id}"), (HttpMethod.Get, "/api/v1/players/me") })
        {
            await AssertProblemAsync(await SendAsync(method, path), HttpStatusCode.Unauthorized, "unauthenticated");
        }
    }

    [Fact]
    public async Task The_creator_gets_201_and_is_the_captain_and_only_member()
    {
        var captain = await SignInNewUserAsync();

        var response = await SendAsync(HttpMethod.Post, Route, captain.Token, new { name = "  Dynamo  ", sport = "football", city = " Berlin " });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var team = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = team.GetProperty("id").GetGuid();
        Assert.EndsWith($"/api/v1/teams/{id}", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(("Dynamo", "football", "Berlin"), (team.GetProperty("name").GetString(), team.GetProperty("sport").GetString(), team.GetProperty("city").GetString()));
        Assert.Equal((true, 25, 1, captain.Id), (team.GetProperty("recruiting").GetBoolean(), team.GetProperty("rosterLimit").GetInt32(),
            team.GetProperty("memberCount").GetInt32(), team.GetProperty("captainId").GetGuid()));
        var members = await (await GetAsync($"{Route}/{id}/members", captain.Token)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((captain.Id, true, "Ann"), (members[0].GetProperty("userId").GetGuid(), members[0].GetProperty("isCaptain").GetBoolean(), members[0].GetProperty("displayName").GetString()));
    }

    [Theory]
    [InlineData("{\"name\":\" \",\"sport\":\"football\",\"city\":\"Berlin\"}", "name")]
    [InlineData("{\"name\":\"Dynamo\",\"sport\":\"chess\",\"city\":\"Berlin\"}", "sport")]
    [InlineData("{\"name\":\"Dynamo\",\"sport\":\"football\"}", "city")]
    [InlineData("{\"name\":\"Dynamo\",\"sport\":\"football\",\"city\":\"Berlin\",\"rosterLimit\":101}", "rosterLimit")]
    [InlineData("{\"name\":\"Dynamo\",\"sport\":\"football\",\"city\":\"Berlin\",\"rosterLimit\":0}", "rosterLimit")]
    public async Task Bad_details_are_400s_that_name_the_field_and_store_nothing(string json, string field)
    {
        var captain = await SignInNewUserAsync();

        var response = await SendRawAsync(HttpMethod.Post, Route, captain.Token, json);

        Assert.Contains(field, (await Problem.ReadAsync(response, HttpStatusCode.BadRequest)).Errors.Keys);
        Assert.Equal(0, await InDatabaseAsync(database => database.Set<Team>().CountAsync()));
    }

    [Theory]
    [InlineData("{\"name\":\"Dyn\\u0000amo\",\"sport\":\"football\",\"city\":\"Berlin\"}")]
    [InlineData("{\"name\":\"Dynamo\",\"sport\":\"football\",\"city\":\"Ber\\u0000lin\"}")]
    public async Task A_NUL_character_is_a_400_and_stores_nothing(string json)
    {
        var captain = await SignInNewUserAsync();

        await AssertProblemAsync(await SendRawAsync(HttpMethod.Post, Route, captain.Token, json), HttpStatusCode.BadRequest, "invalid_characters");
        Assert.Equal(0, await InDatabaseAsync(database => database.Set<Team>().CountAsync()));
    }

    [Fact]
    public async Task A_name_is_unique_within_its_sport_whatever_the_case_but_not_across_sports()
    {
        var captain = await SignInNewUserAsync();
        await CreateTeamAsync(captain.Token, "Dynamo");

        var sameSport = await SendAsync(HttpMethod.Post, Route, captain.Token, new { name = "DYNAMO ", sport = "football", city = "Hamburg" });
        var otherSport = await SendAsync(HttpMethod.Post, Route, captain.Token, new { name = "Dynamo", sport = "futsal", city = "Berlin" });

        await AssertProblemAsync(sameSport, HttpStatusCode.Conflict, "team_name_taken");
        Assert.Equal(HttpStatusCode.Created, otherSport.StatusCode);
    }

    [Fact]
    public async Task Two_teams_of_one_name_created_at_once_leave_one_and_a_409()
    {
        var captain = await SignInNewUserAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
            SendAsync(HttpMethod.Post, Route, captain.Token, new { name = "Twins", sport = "football", city = "Berlin" })));

        Assert.Single(responses, response => response.StatusCode == HttpStatusCode.Created);
        foreach (var refused in responses.Where(response => response.StatusCode != HttpStatusCode.Created))
        {
            await AssertProblemAsync(refused, HttpStatusCode.Conflict, "team_name_taken");
        }

        Assert.Equal(1, await InDatabaseAsync(database => database.Set<Team>().CountAsync()));
    }

    [Fact]
    public async Task Every_signed_in_user_reads_every_team_with_its_entity_tag_and_an_unknown_id_is_404()
    {
        var captain = await SignInNewUserAsync();
        var stranger = await SignInNewUserAsync("stranger@example.com");
        var id = await CreateTeamAsync(captain.Token, "Dynamo");

        var response = await GetAsync($"{Route}/{id}", stranger.Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("\"1\"", response.Headers.ETag!.Tag);
        Assert.Equal("Dynamo", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("name").GetString());
        await AssertProblemAsync(await GetAsync($"{Route}/{Guid.CreateVersion7()}", stranger.Token), HttpStatusCode.NotFound, "team_not_found");
        await AssertProblemAsync(await GetAsync($"{Route}/{Guid.CreateVersion7()}/members", stranger.Token), HttpStatusCode.NotFound, "team_not_found");
    }

    [Fact]
    public async Task The_list_filters_by_part_of_the_name_sport_city_and_recruiting_in_any_case_and_pages()
    {
        var captain = await SignInNewUserAsync();
        var stranger = await SignInNewUserAsync("stranger@example.com");
        await CreateTeamAsync(captain.Token, "Dynamo Berlin", city: "Berlin");
        await CreateTeamAsync(captain.Token, "Dynamo Kiev", city: "Kyiv");
        await CreateTeamAsync(captain.Token, "Union", city: "berlin", recruiting: false);
        await CreateTeamAsync(captain.Token, "Hertha", sport: "futsal", city: "Berlin");

        Assert.Equal(["Dynamo Kiev", "Dynamo Berlin"], await NamesAsync("?name=dynAMO", stranger.Token));
        Assert.Equal(["Union", "Dynamo Berlin"], await NamesAsync("?city=BERLIN&sport=football", stranger.Token));
        Assert.Equal(["Union"], await NamesAsync("?recruiting=false", stranger.Token));
        Assert.Empty(await NamesAsync("?name=100%25", stranger.Token));
        var page = await (await GetAsync($"{Route}?page=2&pageSize=3", stranger.Token)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((1, 4L), (page.GetProperty("items").GetArrayLength(), page.GetProperty("totalCount").GetInt64()));
    }

    [Theory]
    [InlineData("?sport=chess", "sport")]
    [InlineData("?pageSize=101", "pageSize")]
    [InlineData("?name=%00", "name")]
    [InlineData("?city=%00", "city")]
    public async Task Bad_list_filters_are_400s_that_name_the_parameter(string query, string field)
    {
        var caller = await SignInNewUserAsync();

        Assert.Contains(field, (await Problem.ReadAsync(await GetAsync(Route + query, caller.Token), HttpStatusCode.BadRequest)).Errors.Keys);
    }

    [Fact]
    public async Task The_captain_updates_on_the_copy_named_by_If_Match_and_gets_the_new_tag()
    {
        var captain = await SignInNewUserAsync();
        var id = await CreateTeamAsync(captain.Token, "Dynamo");
        var details = new { name = "Dynamo II", sport = "futsal", city = "Hamburg", recruiting = false, rosterLimit = 12 };

        var missing = await SendAsync(HttpMethod.Put, $"{Route}/{id}", captain.Token, details);
        var updated = await SendAsync(HttpMethod.Put, $"{Route}/{id}", captain.Token, details, ifMatch: "\"1\"");
        var stale = await SendAsync(HttpMethod.Put, $"{Route}/{id}", captain.Token, details, ifMatch: "\"1\"");

        await AssertProblemAsync(missing, HttpStatusCode.PreconditionRequired, "precondition_required");
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal("\"2\"", updated.Headers.ETag!.Tag);
        await AssertProblemAsync(stale, HttpStatusCode.PreconditionFailed, "precondition_failed");
        var stored = await FindAsync(id);
        Assert.Equal(("Dynamo II", "futsal", "Hamburg", false, 12), (stored.Name, stored.Sport, stored.City, stored.Recruiting, stored.RosterLimit));
        Assert.Equal("Dynamo II", (await (await GetAsync($"{Route}/{id}", captain.Token)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_member_and_a_stranger_cannot_update_or_delete_and_nothing_changes()
    {
        var captain = await SignInNewUserAsync();
        var member = await SignInNewUserAsync("member@example.com");
        var stranger = await SignInNewUserAsync("stranger@example.com");
        var id = await CreateTeamAsync(captain.Token, "Dynamo");
        await JoinAsync(id, captain, member);
        var details = new { name = "Taken over", sport = "football", city = "Berlin" };

        foreach (var caller in new[] { member, stranger })
        {
            await AssertProblemAsync(await SendAsync(HttpMethod.Put, $"{Route}/{id}", caller.Token, details, ifMatch: "\"2\""), HttpStatusCode.Forbidden, "team_permission_denied");
            await AssertProblemAsync(await SendAsync(HttpMethod.Delete, $"{Route}/{id}", caller.Token), HttpStatusCode.Forbidden, "team_permission_denied");
        }

        Assert.Equal("Dynamo", (await FindAsync(id)).Name);
    }

    [Fact]
    public async Task A_roster_limit_below_the_roster_and_a_taken_name_are_409s()
    {
        var captain = await SignInNewUserAsync();
        var member = await SignInNewUserAsync("member@example.com");
        var id = await CreateTeamAsync(captain.Token, "Dynamo");
        await CreateTeamAsync(captain.Token, "Union");
        await JoinAsync(id, captain, member);

        var belowRoster = await SendAsync(HttpMethod.Put, $"{Route}/{id}", captain.Token, new { name = "Dynamo", sport = "football", city = "Berlin", rosterLimit = 1 }, ifMatch: "\"2\"");
        var taken = await SendAsync(HttpMethod.Put, $"{Route}/{id}", captain.Token, new { name = "union", sport = "football", city = "Berlin" }, ifMatch: "\"2\"");

        await AssertProblemAsync(belowRoster, HttpStatusCode.Conflict, "roster_limit_below_roster");
        await AssertProblemAsync(taken, HttpStatusCode.Conflict, "team_name_taken");
        Assert.Equal(("Dynamo", 25), ((await FindAsync(id)).Name, (await FindAsync(id)).RosterLimit));
    }

    [Fact]
    public async Task The_captain_deletes_the_team_with_its_roster_and_applications()
    {
        var captain = await SignInNewUserAsync();
        var member = await SignInNewUserAsync("member@example.com");
        var applicant = await SignInNewUserAsync("applicant@example.com");
        var id = await CreateTeamAsync(captain.Token, "Dynamo");
        await JoinAsync(id, captain, member);
        (await SendAsync(HttpMethod.Post, $"{Route}/{id}/applications", applicant.Token, new { message = "Hi" })).EnsureSuccessStatusCode();

        var response = await SendAsync(HttpMethod.Delete, $"{Route}/{id}", captain.Token);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        await AssertProblemAsync(await GetAsync($"{Route}/{id}", captain.Token), HttpStatusCode.NotFound, "team_not_found");
        Assert.Equal(0, await ScalarAsync<long>("SELECT count(*) FROM team_members") + await ScalarAsync<long>("SELECT count(*) FROM team_applications"));
        await AssertProblemAsync(await SendAsync(HttpMethod.Delete, $"{Route}/{id}", captain.Token), HttpStatusCode.NotFound, "team_not_found");
    }

    private async Task<string[]> NamesAsync(string query, string token)
    {
        var page = await (await GetAsync(Route + query, token)).Content.ReadFromJsonAsync<JsonElement>();
        return [.. page.GetProperty("items").EnumerateArray().Select(team => team.GetProperty("name").GetString()!)];
    }

    private Task<Team> FindAsync(Guid id) => InDatabaseAsync(database => database.Set<Team>().AsNoTracking().SingleAsync(team => team.Id == id));
}
