using System.Net;
using System.Text.Json;
using Platform.Api.IntegrationTests.Support;

namespace Platform.Api.IntegrationTests.Tournaments;

/// <summary>No-shows and withdrawals after the start: forfeits, never invented scores, and the bracket still ends.</summary>
public sealed class ForfeitTests(PlatformApiFactory factory) : TournamentsApiTest(factory)
{
    [Fact]
    public async Task A_no_show_forfeits_a_double_no_show_gives_the_next_opponent_a_walkover_and_the_bracket_ends()
    {
        var field = await FieldAsync(await SignInNewUserAsync("organiser@example.com"), 4, new { format = "single_elimination" });
        await StartAsync(field);
        var semiFinals = await MatchesAsync(field, "ready");
        var (first, second) = (semiFinals[0], semiFinals[1]);
        var firstId = first.GetProperty("id").GetGuid();

        var byCaptain = await SendAsync(HttpMethod.Post, $"{Matches}/{firstId}/forfeit", field.Captains[TeamOf(first, "home")].Token, new { teamIds = new[] { TeamOf(first, "away") } });
        var stranger = await SendAsync(HttpMethod.Post, $"{Matches}/{firstId}/forfeit", field.Organiser.Token, new { teamIds = new[] { Guid.CreateVersion7() } });
        var forfeit = await JsonAsync(await SendAsync(HttpMethod.Post, $"{Matches}/{firstId}/forfeit", field.Organiser.Token, new { teamIds = new[] { TeamOf(first, "away") } }));
        var again = await SendAsync(HttpMethod.Post, $"{Matches}/{firstId}/forfeit", field.Organiser.Token, new { teamIds = new[] { TeamOf(first, "away") } });
        (await SendAsync(HttpMethod.Post, $"{Matches}/{second.GetProperty("id").GetGuid()}/forfeit", field.Organiser.Token,
            new { teamIds = new[] { TeamOf(second, "home"), TeamOf(second, "away") } })).EnsureSuccessStatusCode();

        await AssertProblemAsync(byCaptain, HttpStatusCode.Forbidden, "match_permission_denied");
        await AssertProblemAsync(stranger, HttpStatusCode.UnprocessableEntity, "forfeit_not_in_match");
        Assert.Equal(("forfeit", JsonValueKind.Null), (forfeit.GetProperty("status").GetString(), forfeit.GetProperty("result").ValueKind));
        await AssertProblemAsync(again, HttpStatusCode.Conflict, "match_decided");
        var final = (await MatchesAsync(field)).Single(match => match.GetProperty("round").GetInt32() == 2);
        Assert.Equal(("forfeit", TeamOf(first, "home")), (final.GetProperty("status").GetString(), TeamOf(final, "home")));
        var bracket = await JsonAsync(await GetAsync($"{Tournaments}/{field.Tournament}/bracket", field.Organiser.Token));
        Assert.Equal(TeamOf(first, "home"), bracket.GetProperty("matches").EnumerateArray().Single(match => match.GetProperty("round").GetInt32() == 2).GetProperty("winnerTeamId").GetGuid());
        Assert.Equal("completed", (await JsonAsync(await GetAsync($"{Tournaments}/{field.Tournament}", field.Organiser.Token))).GetProperty("state").GetString());
    }

    [Fact]
    public async Task A_team_withdrawn_from_a_double_elimination_forfeits_each_match_as_it_comes_and_everyone_else_still_loses_twice()
    {
        var field = await FieldAsync(await SignInNewUserAsync("organiser@example.com"), 4, new { format = "double_elimination" });
        await StartAsync(field);
        var entries = (await JsonAsync(await GetAsync($"{Tournaments}/{field.Tournament}/entries?status=accepted", field.Organiser.Token))).EnumerateArray().ToList();
        var secondSeed = entries.Single(entry => entry.GetProperty("seed").GetInt32() == 2);

        var withdrawn = await SendAsync(HttpMethod.Post, $"{Tournaments}/{field.Tournament}/entries/{secondSeed.GetProperty("id").GetGuid()}/withdraw", field.Captains[field.Seeds[1]].Token);
        for (var ready = await MatchesAsync(field, "ready"); ready.Count > 0; ready = await MatchesAsync(field, "ready"))
        {
            foreach (var match in ready)
            {
                var (home, away) = (TeamOf(match, "home"), TeamOf(match, "away"));
                (await PlayAsync(field, match, field.SeedOf(home) < field.SeedOf(away) ? home : away)).EnsureSuccessStatusCode();
            }
        }

        Assert.Equal("withdrawn", (await JsonAsync(withdrawn)).GetProperty("status").GetString());
        var matches = await MatchesAsync(field);
        // Seed 2 forfeits its first match and its losers' side match: no score is invented for either.
        var forfeits = matches.Where(match => match.GetProperty("status").GetString() == "forfeit").ToList();
        Assert.Equal(2, forfeits.Count);
        Assert.All(forfeits, match => Assert.Equal(JsonValueKind.Null, match.GetProperty("result").ValueKind));
        Assert.Equal(2 * 4 - 2, matches.Count(match => match.GetProperty("status").GetString() is "completed" or "forfeit"));
        Assert.Equal("completed", (await JsonAsync(await GetAsync($"{Tournaments}/{field.Tournament}", field.Organiser.Token))).GetProperty("state").GetString());
    }

    [Fact]
    public async Task A_team_withdrawn_from_a_round_robin_loses_its_remaining_games_by_forfeit()
    {
        var field = await FieldAsync(await SignInNewUserAsync("organiser@example.com"), 4, new { format = "round_robin" });
        await StartAsync(field);
        var lastSeedEntry = (await JsonAsync(await GetAsync($"{Tournaments}/{field.Tournament}/entries?status=accepted", field.Organiser.Token))).EnumerateArray()
            .Single(entry => entry.GetProperty("seed").GetInt32() == 4).GetProperty("id").GetGuid();

        (await SendAsync(HttpMethod.Post, $"{Tournaments}/{field.Tournament}/entries/{lastSeedEntry}/withdraw", field.Organiser.Token)).EnsureSuccessStatusCode();
        foreach (var match in await MatchesAsync(field, "ready"))
        {
            (await PlayAsync(field, match, null)).EnsureSuccessStatusCode();
        }

        var standings = (await JsonAsync(await GetAsync($"{Tournaments}/{field.Tournament}/standings", field.Organiser.Token))).EnumerateArray().ToList();
        // Seeds 1-3 drew with each other (2 points) and won by forfeit against seed 4 (3 points).
        Assert.All(standings.Where(standing => standing.GetProperty("seed").GetInt32() < 4), standing => Assert.Equal(5m, standing.GetProperty("points").GetDecimal()));
        Assert.Equal((4, 0m, 3), (standings[^1].GetProperty("seed").GetInt32(), standings[^1].GetProperty("points").GetDecimal(), standings[^1].GetProperty("losses").GetInt32()));
        Assert.Equal("completed", (await JsonAsync(await GetAsync($"{Tournaments}/{field.Tournament}", field.Organiser.Token))).GetProperty("state").GetString());
    }

    [Fact]
    public async Task A_Swiss_pairs_no_more_the_team_withdrawn_and_gives_the_odd_one_out_a_bye()
    {
        var field = await FieldAsync(await SignInNewUserAsync("organiser@example.com"), 6, new { format = "swiss", rounds = 3 });
        await StartAsync(field);
        foreach (var match in await MatchesAsync(field, "ready"))
        {
            (await PlayAsync(field, match, TeamOf(match, "home"))).EnsureSuccessStatusCode();
        }

        var sixth = (await JsonAsync(await GetAsync($"{Tournaments}/{field.Tournament}/entries?status=accepted", field.Organiser.Token))).EnumerateArray()
            .Single(entry => entry.GetProperty("seed").GetInt32() == 6).GetProperty("id").GetGuid();
        (await SendAsync(HttpMethod.Post, $"{Tournaments}/{field.Tournament}/entries/{sixth}/withdraw", field.Organiser.Token)).EnsureSuccessStatusCode();
        (await SendAsync(HttpMethod.Post, $"{Tournaments}/{field.Tournament}/rounds/next", field.Organiser.Token)).EnsureSuccessStatusCode();

        var second = (await MatchesAsync(field)).Where(match => match.GetProperty("round").GetInt32() == 2).ToList();
        Assert.Equal(2, second.Count);
        Assert.DoesNotContain(field.Seeds[5], second.SelectMany(match => new[] { TeamOf(match, "home"), TeamOf(match, "away") }));
        var bracket = await JsonAsync(await GetAsync($"{Tournaments}/{field.Tournament}/bracket", field.Organiser.Token));
        Assert.Single(bracket.GetProperty("byes").EnumerateArray(), bye => bye.GetProperty("round").GetInt32() == 2);
    }
}
