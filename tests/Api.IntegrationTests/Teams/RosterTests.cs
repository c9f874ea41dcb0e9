using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Api.IntegrationTests.Support;

namespace Platform.Api.IntegrationTests.Teams;

/// <summary>A team's roster: members listed, removed and leaving, and the captaincy handed over.</summary>
public sealed class RosterTests(PlatformApiFactory factory) : TeamsApiTest(factory)
{
    [Fact]
    public async Task Everyone_reads_the_roster_captain_first_then_by_joining()
    {
        var (team, captain, member) = await TeamWithMemberAsync();
        var stranger = await SignInNewUserAsync("stranger@example.com");

        var members = await (await GetAsync($"{Teams}/{team}/members", stranger.Token)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal([captain.Id, member.Id], members.EnumerateArray().Select(entry => entry.GetProperty("userId").GetGuid()));
        Assert.Equal([true, false], members.EnumerateArray().Select(entry => entry.GetProperty("isCaptain").GetBoolean()));
    }

    [Fact]
    public async Task A_member_leaves_and_the_team_counts_one_less()
    {
        var (team, captain, member) = await TeamWithMemberAsync();

        var response = await SendAsync(HttpMethod.Delete, $"{Teams}/{team}/members/{member.Id}", member.Token);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(1, (await (await GetAsync($"{Teams}/{team}", captain.Token)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("memberCount").GetInt32());
    }

    [Fact]
    public async Task The_captain_removes_a_member_but_cannot_leave_while_captain()
    {
        var (team, captain, member) = await TeamWithMemberAsync();

        await AssertProblemAsync(await SendAsync(HttpMethod.Delete, $"{Teams}/{team}/members/{captain.Id}", captain.Token), HttpStatusCode.Conflict, "captain_must_hand_over");
        Assert.Equal(HttpStatusCode.NoContent, (await SendAsync(HttpMethod.Delete, $"{Teams}/{team}/members/{member.Id}", captain.Token)).StatusCode);
        await AssertProblemAsync(await SendAsync(HttpMethod.Delete, $"{Teams}/{team}/members/{member.Id}", captain.Token), HttpStatusCode.NotFound, "team_member_not_found");
    }

    [Fact]
    public async Task A_member_cannot_remove_the_captain_and_a_stranger_cannot_remove_anyone()
    {
        var (team, captain, member) = await TeamWithMemberAsync();
        var stranger = await SignInNewUserAsync("stranger@example.com");

        await AssertProblemAsync(await SendAsync(HttpMethod.Delete, $"{Teams}/{team}/members/{captain.Id}", member.Token), HttpStatusCode.Forbidden, "team_permission_denied");
        await AssertProblemAsync(await SendAsync(HttpMethod.Delete, $"{Teams}/{team}/members/{member.Id}", stranger.Token), HttpStatusCode.Forbidden, "team_permission_denied");
        await AssertProblemAsync(await SendAsync(HttpMethod.Delete, $"{Teams}/{Guid.CreateVersion7()}/members/{member.Id}", captain.Token), HttpStatusCode.NotFound, "team_not_found");
        Assert.Equal(2, await ScalarAsync<long>("SELECT count(*) FROM team_members"));
    }

    [Fact]
    public async Task The_captain_hands_over_to_a_member_who_then_captains_and_the_former_captain_may_leave()
    {
        var (team, captain, member) = await TeamWithMemberAsync();

        var response = await SendAsync(HttpMethod.Post, $"{Teams}/{team}/captain", captain.Token, new { userId = member.Id });
        var formerLeaves = await SendAsync(HttpMethod.Delete, $"{Teams}/{team}/members/{captain.Id}", captain.Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(member.Id, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("captainId").GetGuid());
        Assert.Equal(HttpStatusCode.NoContent, formerLeaves.StatusCode);
        Assert.Equal(member.Id, (await (await GetAsync($"{Teams}/{team}", member.Token)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("captainId").GetGuid());
    }

    [Fact]
    public async Task The_captaincy_goes_only_from_the_captain_to_a_member()
    {
        var (team, captain, member) = await TeamWithMemberAsync();
        var stranger = await SignInNewUserAsync("stranger@example.com");

        await AssertProblemAsync(await SendAsync(HttpMethod.Post, $"{Teams}/{team}/captain", member.Token, new { userId = member.Id }), HttpStatusCode.Forbidden, "team_permission_denied");
        await AssertProblemAsync(await SendAsync(HttpMethod.Post, $"{Teams}/{team}/captain", captain.Token, new { userId = stranger.Id }), HttpStatusCode.NotFound, "team_member_not_found");
        Assert.Contains("userId", (await Problem.ReadAsync(await SendAsync(HttpMethod.Post, $"{Teams}/{team}/captain", captain.Token, new { userId = Guid.Empty }), HttpStatusCode.BadRequest)).Errors.Keys, StringComparer.OrdinalIgnoreCase);
        await AssertProblemAsync(await SendRawAsync(HttpMethod.Post, $"{Teams}/{team}/captain", captain.Token, "{\"userId\":\"not a uuid\"}"), HttpStatusCode.BadRequest, "malformed_json");
    }

    private async Task<(Guid Team, SignedInUser Captain, SignedInUser Member)> TeamWithMemberAsync()
    {
        var captain = await SignInNewUserAsync();
        var member = await SignInNewUserAsync("member@example.com");
        var team = await CreateTeamAsync(captain.Token, "Dynamo");
        await JoinAsync(team, captain, member);
        return (team, captain, member);
    }
}
