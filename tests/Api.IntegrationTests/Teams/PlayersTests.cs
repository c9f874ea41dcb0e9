using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Api.IntegrationTests.Support;

namespace Platform.Api.IntegrationTests.Teams;

/// <summary>/api/v1/players: your own profile with If-Match, and every player readable by every signed-in user.</summary>
public sealed class PlayersTests(PlatformApiFactory factory) : TeamsApiTest(factory)
{
    private const string Me = "/api/v1/players/me";
    private static readonly string[] Football = ["football"];
    private static readonly string[] FootballAndFutsal = ["football", "futsal"];
    private static readonly string[] Goalkeeper = [" Goalkeeper "];
    private static readonly string[] WithNul = ["G\0K"];
    private static readonly string[] Cities = ["Berlin", "Hamburg"];

    [Fact]
    public async Task A_new_user_has_the_empty_profile_at_version_0()
    {
        var player = await SignInNewUserAsync();

        var response = await GetAsync(Me, player.Token);

        Assert.Equal("\"0\"", response.Headers.ETag!.Tag);
        var profile = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((player.Id, "Ann", 0, ""), (profile.GetProperty("userId").GetGuid(), profile.GetProperty("displayName").GetString(),
            profile.GetProperty("sports").GetArrayLength(), profile.GetProperty("city").GetString()));
        Assert.Equal(JsonValueKind.Null, profile.GetProperty("updatedAt").ValueKind);
    }

    [Fact]
    public async Task Saving_needs_If_Match_and_the_first_save_is_on_version_0()
    {
        var player = await SignInNewUserAsync();
        var profile = new { sports = FootballAndFutsal, positions = Goalkeeper, city = "Berlin" };

        var missing = await SendAsync(HttpMethod.Put, Me, player.Token, profile);
        var saved = await SendAsync(HttpMethod.Put, Me, player.Token, profile, ifMatch: "\"0\"");
        var stale = await SendAsync(HttpMethod.Put, Me, player.Token, profile, ifMatch: "\"0\"");

        await AssertProblemAsync(missing, HttpStatusCode.PreconditionRequired, "precondition_required");
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal("\"1\"", saved.Headers.ETag!.Tag);
        await AssertProblemAsync(stale, HttpStatusCode.PreconditionFailed, "precondition_failed");
        var read = await (await GetAsync(Me, player.Token)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["football", "futsal"], read.GetProperty("sports").EnumerateArray().Select(sport => sport.GetString()));
        Assert.Equal(["Goalkeeper"], read.GetProperty("positions").EnumerateArray().Select(position => position.GetString()));
        Assert.Equal("Berlin", read.GetProperty("city").GetString());
    }

    [Fact]
    public async Task Two_first_saves_at_once_keep_one_and_refuse_the_other()
    {
        var player = await SignInNewUserAsync();

        var responses = await Task.WhenAll(Cities.Select(city =>
            SendAsync(HttpMethod.Put, Me, player.Token, new { sports = Football, city }, ifMatch: "\"0\"")));

        Assert.Single(responses, response => response.StatusCode == HttpStatusCode.OK);
        Assert.Single(responses, response => response.StatusCode is HttpStatusCode.Conflict or HttpStatusCode.PreconditionFailed);
        Assert.Equal(1, await ScalarAsync<long>("SELECT count(*) FROM player_profiles"));
    }

    [Theory]
    [InlineData("{\"sports\":[\"chess\"]}", "sports[0]")]
    [InlineData("{\"positions\":[\"\"]}", "positions")]
    [InlineData("{\"positions\":[\"1\",\"2\",\"3\",\"4\",\"5\",\"6\",\"7\",\"8\",\"9\",\"10\",\"11\"]}", "positions")]
    [InlineData("{\"sports\":\"football\"}", null)]
    public async Task Bad_profiles_are_400s_and_change_nothing(string json, string? field)
    {
        var player = await SignInNewUserAsync();

        var request = new HttpRequestMessage(HttpMethod.Put, Me) { Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new("Bearer", player.Token);
        request.Headers.TryAddWithoutValidation("If-Match", "\"0\"");
        var response = await Client.SendAsync(request);

        var problem = await Problem.ReadAsync(response, HttpStatusCode.BadRequest);
        if (field is not null)
        {
            Assert.Contains(field, problem.Errors.Keys, StringComparer.OrdinalIgnoreCase);
        }

        Assert.Equal(0, await ScalarAsync<long>("SELECT count(*) FROM player_profiles"));
    }

    [Fact]
    public async Task A_position_with_a_NUL_is_a_400()
    {
        var player = await SignInNewUserAsync();

        var response = await SendAsync(HttpMethod.Put, Me, player.Token, new { positions = WithNul }, ifMatch: "\"0\"");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await ScalarAsync<long>("SELECT count(*) FROM player_profiles"));
    }

    [Fact]
    public async Task Every_signed_in_user_reads_a_player_with_their_teams_and_an_unknown_account_is_404()
    {
        var captain = await SignInNewUserAsync();
        var stranger = await SignInNewUserAsync("stranger@example.com");
        await CreateTeamAsync(captain.Token, "Union");
        await CreateTeamAsync(captain.Token, "Dynamo", sport: "futsal");
        (await SendAsync(HttpMethod.Put, Me, captain.Token, new { sports = Football, city = "Berlin" }, ifMatch: "\"0\"")).EnsureSuccessStatusCode();

        var player = await (await GetAsync($"/api/v1/players/{captain.Id}", stranger.Token)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal("Berlin", player.GetProperty("city").GetString());
        Assert.Equal(["Dynamo", "Union"], player.GetProperty("teams").EnumerateArray().Select(team => team.GetProperty("name").GetString()));
        Assert.All(player.GetProperty("teams").EnumerateArray(), team => Assert.True(team.GetProperty("isCaptain").GetBoolean()));
        await AssertProblemAsync(await GetAsync($"/api/v1/players/{Guid.CreateVersion7()}", stranger.Token), HttpStatusCode.NotFound, "player_not_found");
    }
}
