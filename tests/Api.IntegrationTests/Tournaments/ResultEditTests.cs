using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Api.IntegrationTests.Support;

namespace Platform.Api.IntegrationTests.Tournaments;

/// <summary>Organisers' result edits: the same winner applies at once; a new winner resets what followed from the old one, only when asked.</summary>
public sealed class ResultEditTests(PlatformApiFactory factory) : TournamentsApiTest(factory)
{
    [Fact]
    public async Task A_new_winner_is_refused_naming_the_later_matches_then_cascades_and_the_original_results_give_back_the_same_bracket()
    {
        var field = await FieldAsync(await SignInNewUserAsync("organiser@example.com"), 4, new { format = "single_elimination" });
        await StartAsync(field);
        foreach (var semi in await MatchesAsync(field, "ready"))
        {
            (await PlayAsync(field, semi, TeamOf(semi, "home"))).EnsureSuccessStatusCode();
        }

        var final = (await MatchesAsync(field, "ready")).Single();
        (await PlayAsync(field, final, TeamOf(final, "home"))).EnsureSuccessStatusCode();
        var before = await BracketTeamsAsync(field);
        var semiFinal = (await MatchesAsync(field)).First(match => match.GetProperty("round").GetInt32() == 1);
        var semiId = semiFinal.GetProperty("id").GetGuid();
        var edit = new { homeScore = 0, awayScore = 2, reason = "The referee's sheet says 0:2" };

        var withoutIfMatch = await SendAsync(HttpMethod.Patch, $"{Matches}/{semiId}/result", field.Organiser.Token, edit);
        var byCaptain = await SendAsync(HttpMethod.Patch, $"{Matches}/{semiId}/result", field.Captains[TeamOf(semiFinal, "home")].Token, edit, ifMatch: Tag(semiFinal));
        var refused = await SendAsync(HttpMethod.Patch, $"{Matches}/{semiId}/result", field.Organiser.Token, edit, ifMatch: Tag(semiFinal));
        var sameWinner = await SendAsync(HttpMethod.Patch, $"{Matches}/{semiId}/result", field.Organiser.Token, new { homeScore = 3, awayScore = 1, reason = "Typo" }, ifMatch: Tag(semiFinal));
        var stale = await SendAsync(HttpMethod.Patch, $"{Matches}/{semiId}/result?cascade=true", field.Organiser.Token, edit, ifMatch: Tag(semiFinal));
        var revised = await JsonAsync(await SendAsync(HttpMethod.Patch, $"{Matches}/{semiId}/result?cascade=true", field.Organiser.Token, edit, ifMatch: $"\"{(await JsonAsync(sameWinner)).GetProperty("version").GetInt64()}\""));

        Assert.Equal(HttpStatusCode.PreconditionRequired, withoutIfMatch.StatusCode);
        await AssertProblemAsync(byCaptain, HttpStatusCode.Forbidden, "match_permission_denied");
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((409, "downstream_matches_affected"), (problem.GetProperty("status").GetInt32(), problem.GetProperty("code").GetString()));
        Assert.Equal([final.GetProperty("id").GetGuid()], problem.GetProperty("affectedMatchIds").EnumerateArray().Select(id => id.GetGuid()));
        await AssertProblemAsync(stale, HttpStatusCode.PreconditionFailed, "precondition_failed");
        Assert.Equal(TeamOf(semiFinal, "away"), revised.GetProperty("result").GetProperty("winnerTeamId").GetGuid());
        var reopened = (await MatchesAsync(field)).Single(match => match.GetProperty("round").GetInt32() == 2);
        Assert.Equal(("ready", JsonValueKind.Null), (reopened.GetProperty("status").GetString(), reopened.GetProperty("result").ValueKind));
        Assert.Equal(TeamOf(semiFinal, "away"), TeamOf(reopened, "home"));
        Assert.Equal("in_progress", (await JsonAsync(await GetAsync($"{Tournaments}/{field.Tournament}", field.Organiser.Token))).GetProperty("state").GetString());

        // The original result back, and the final played as before: the same bracket.
        var current = await JsonAsync(await GetAsync($"{Matches}/{semiId}", field.Organiser.Token));
        (await SendAsync(HttpMethod.Patch, $"{Matches}/{semiId}/result?cascade=true", field.Organiser.Token, new { homeScore = 3, awayScore = 1, reason = "Appeal upheld" }, ifMatch: Tag(current))).EnsureSuccessStatusCode();
        var replayed = (await MatchesAsync(field, "ready")).Single();
        (await PlayAsync(field, replayed, TeamOf(replayed, "home"))).EnsureSuccessStatusCode();
        Assert.Equal(before, await BracketTeamsAsync(field));
        Assert.Equal("completed", (await JsonAsync(await GetAsync($"{Tournaments}/{field.Tournament}", field.Organiser.Token))).GetProperty("state").GetString());
    }

    [Fact]
    public async Task A_Swiss_edit_takes_the_later_rounds_away_to_be_paired_again_and_an_undecided_match_has_nothing_to_edit()
    {
        var field = await FieldAsync(await SignInNewUserAsync("organiser@example.com"), 4, new { format = "swiss", rounds = 2 });
        await StartAsync(field);
        foreach (var match in await MatchesAsync(field, "ready"))
        {
            (await PlayAsync(field, match, TeamOf(match, "home"))).EnsureSuccessStatusCode();
        }

        (await SendAsync(HttpMethod.Post, $"{Tournaments}/{field.Tournament}/rounds/next", field.Organiser.Token)).EnsureSuccessStatusCode();
        var roundTwo = await MatchesAsync(field, "ready");
        (await PlayAsync(field, roundTwo[0], TeamOf(roundTwo[0], "home"))).EnsureSuccessStatusCode();
        var undecided = await SendAsync(HttpMethod.Patch, $"{Matches}/{roundTwo[1].GetProperty("id").GetGuid()}/result", field.Organiser.Token,
            new { homeScore = 1, awayScore = 0, reason = "Too early" }, ifMatch: Tag(roundTwo[1]));
        var first = (await MatchesAsync(field)).First(match => match.GetProperty("round").GetInt32() == 1);

        var edited = await SendAsync(HttpMethod.Patch, $"{Matches}/{first.GetProperty("id").GetGuid()}/result?cascade=true", field.Organiser.Token,
            new { homeScore = 1, awayScore = 1, reason = "A draw after all" }, ifMatch: Tag(first));

        await AssertProblemAsync(undecided, HttpStatusCode.Conflict, "match_not_decided");
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.All(await MatchesAsync(field), match => Assert.Equal(1, match.GetProperty("round").GetInt32()));
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(HttpMethod.Post, $"{Tournaments}/{field.Tournament}/rounds/next", field.Organiser.Token)).StatusCode);
        Assert.Equal(2, (await MatchesAsync(field, "ready")).Count);
    }

    [Fact]
    public async Task A_round_robin_edit_reopens_a_completed_tournament_and_completes_it_again_with_the_new_standings()
    {
        var field = await FieldAsync(await SignInNewUserAsync("organiser@example.com"), 2, new { format = "round_robin" });
        await StartAsync(field);
        var game = (await MatchesAsync(field, "ready")).Single();
        (await PlayAsync(field, game, TeamOf(game, "home"))).EnsureSuccessStatusCode();
        var played = await JsonAsync(await GetAsync($"{Matches}/{game.GetProperty("id").GetGuid()}", field.Organiser.Token));

        (await SendAsync(HttpMethod.Patch, $"{Matches}/{game.GetProperty("id").GetGuid()}/result", field.Organiser.Token,
            new { homeScore = 0, awayScore = 1, reason = "Own goal credited wrongly" }, ifMatch: Tag(played))).EnsureSuccessStatusCode();

        var standings = (await JsonAsync(await GetAsync($"{Tournaments}/{field.Tournament}/standings", field.Organiser.Token))).EnumerateArray().ToList();
        Assert.Equal(TeamOf(game, "away"), standings[0].GetProperty("teamId").GetGuid());
        Assert.Equal("completed", (await JsonAsync(await GetAsync($"{Tournaments}/{field.Tournament}", field.Organiser.Token))).GetProperty("state").GetString());
    }

    private static string Tag(JsonElement match) => $"\"{match.GetProperty("version").GetInt64()}\"";

    private async Task<List<(string? Side, int Round, int Number, Guid? Home, Guid? Away, Guid? Winner)>> BracketTeamsAsync(Field field) =>
        [.. (await JsonAsync(await GetAsync($"{Tournaments}/{field.Tournament}/bracket", field.Organiser.Token))).GetProperty("matches").EnumerateArray().Select(match => (
            match.GetProperty("side").GetString(), match.GetProperty("round").GetInt32(), match.GetProperty("number").GetInt32(),
            Guid(match.GetProperty("home").GetProperty("teamId")), Guid(match.GetProperty("away").GetProperty("teamId")), Guid(match.GetProperty("winnerTeamId"))))];

    private static Guid? Guid(JsonElement value) => value.ValueKind == JsonValueKind.Null ? null : value.GetGuid();
}
