using System.Net;
using System.Text.Json;
using Platform.Api.IntegrationTests.Support;

namespace Platform.Api.IntegrationTests.Tournaments;

/// <summary>Tournaments played to the end over HTTP, the way captains and organisers play them.</summary>
public sealed class BracketPlayTests(PlatformApiFactory factory) : TournamentsApiTest(factory)
{
    private static readonly string[] SwissTieBreaks = ["buchholz", "sonneborn_berger"];

    [Fact]
    public async Task A_13_team_double_elimination_is_played_to_the_end_with_byes_as_slots_and_2N_minus_2_decided_matches()
    {
        var field = await FieldAsync(await SignInNewUserAsync("organiser@example.com"), 13, new { format = "double_elimination" });

        var started = await StartAsync(field);
        var bracket = await JsonAsync(await GetAsync($"{Tournaments}/{field.Tournament}/bracket", field.Captains[field.Seeds[5]].Token));
        var played = await PlayOutAsync(field, favouriteWins: true);

        Assert.Equal("in_progress", started.GetProperty("state").GetString());
        var slots = bracket.GetProperty("slots").EnumerateArray().ToList();
        Assert.Equal(16, slots.Count);
        // Seeds 1 to 3 meet the byes (16, 15, 14): a bye is a slot, never a match.
        Assert.Equal([1, 2, 3], slots.Where((_, index) => slots[index ^ 1].GetProperty("seed").ValueKind == JsonValueKind.Null).Select(slot => slot.GetProperty("seed").GetInt32()).Order());
        var matches = await MatchesAsync(field);
        Assert.Equal(2 * 13 - 2, played);
        Assert.Equal(2 * 13 - 2, matches.Count(match => match.GetProperty("status").GetString() == "completed"));
        Assert.Equal("not_needed", matches.Single(match => match.GetProperty("side").GetString() == "grand_final" && match.GetProperty("round").GetInt32() == 2).GetProperty("status").GetString());
        Assert.DoesNotContain(matches, match => match.GetProperty("status").GetString() is "pending" or "ready");
        var tournament = await JsonAsync(await GetAsync($"{Tournaments}/{field.Tournament}", field.Organiser.Token));
        Assert.Equal("completed", tournament.GetProperty("state").GetString());
    }

    [Fact]
    public async Task The_reset_is_played_when_the_losers_side_champion_wins_the_first_grand_final()
    {
        var field = await FieldAsync(await SignInNewUserAsync("organiser@example.com"), 4, new { format = "double_elimination" });
        await StartAsync(field);

        var played = await PlayOutAsync(field, favouriteWins: true, upsetFirstGrandFinal: true);

        Assert.Equal(2 * 4 - 1, played);
        var reset = (await MatchesAsync(field)).Single(match => match.GetProperty("side").GetString() == "grand_final" && match.GetProperty("round").GetInt32() == 2);
        Assert.Equal("completed", reset.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_single_elimination_of_6_with_a_third_place_match_decides_N_matches()
    {
        var field = await FieldAsync(await SignInNewUserAsync("organiser@example.com"), 6, new { format = "single_elimination", thirdPlaceMatch = true });
        await StartAsync(field);

        var played = await PlayOutAsync(field, favouriteWins: false);

        Assert.Equal(6, played);
        var tournament = await JsonAsync(await GetAsync($"{Tournaments}/{field.Tournament}", field.Organiser.Token));
        Assert.Equal("completed", tournament.GetProperty("state").GetString());
    }

    [Fact]
    public async Task An_8_team_Swiss_is_paired_round_by_round_and_ends_with_standings()
    {
        var organiser = await SignInNewUserAsync("organiser@example.com");
        var field = await FieldAsync(organiser, 8, new { format = "swiss", rounds = 3, tieBreaks = SwissTieBreaks });
        await StartAsync(field);

        var firstRound = await MatchesAsync(field);
        var early = await SendAsync(HttpMethod.Post, $"{Tournaments}/{field.Tournament}/rounds/next", organiser.Token);
        for (var round = 1; round <= 3; round++)
        {
            await PlayOutAsync(field, favouriteWins: true);
            if (round < 3)
            {
                (await SendAsync(HttpMethod.Post, $"{Tournaments}/{field.Tournament}/rounds/next", organiser.Token)).EnsureSuccessStatusCode();
            }
        }

        // Round 1: top half against bottom half (1–5, 2–6, 3–7, 4–8).
        Assert.Equal([(1, 5), (2, 6), (3, 7), (4, 8)], firstRound.Select(match => (field.SeedOf(TeamOf(match, "home")), field.SeedOf(TeamOf(match, "away")))));
        await AssertProblemAsync(early, HttpStatusCode.Conflict, "round_not_complete");
        var matches = await MatchesAsync(field);
        Assert.Equal(12, matches.Count);
        Assert.Equal(12, matches.Select(match => (Math.Min(field.SeedOf(TeamOf(match, "home")), field.SeedOf(TeamOf(match, "away"))), Math.Max(field.SeedOf(TeamOf(match, "home")), field.SeedOf(TeamOf(match, "away"))))).Distinct().Count());
        await AssertProblemAsync(await SendAsync(HttpMethod.Post, $"{Tournaments}/{field.Tournament}/rounds/next", organiser.Token), HttpStatusCode.Conflict, "tournament_finished");
        var standings = (await JsonAsync(await GetAsync($"{Tournaments}/{field.Tournament}/standings", organiser.Token))).EnumerateArray().ToList();
        Assert.Equal(8, standings.Count);
        Assert.Equal((1, 9m), (standings[0].GetProperty("seed").GetInt32(), standings[0].GetProperty("points").GetDecimal()));
        Assert.Equal(SwissTieBreaks, standings[0].GetProperty("tieBreaks").EnumerateObject().Select(property => property.Name));
        Assert.Equal("completed", (await JsonAsync(await GetAsync($"{Tournaments}/{field.Tournament}", organiser.Token))).GetProperty("state").GetString());
    }

    [Fact]
    public async Task A_5_team_round_robin_plays_5_rounds_with_one_bye_each_and_draws_count()
    {
        var field = await FieldAsync(await SignInNewUserAsync("organiser@example.com"), 5, new { format = "round_robin" });
        await StartAsync(field);

        var bracket = await JsonAsync(await GetAsync($"{Tournaments}/{field.Tournament}/bracket", field.Organiser.Token));
        var played = await PlayOutAsync(field, favouriteWins: null);

        Assert.Equal(10, played);
        Assert.Equal([1, 2, 3, 4, 5], bracket.GetProperty("byes").EnumerateArray().Select(bye => bye.GetProperty("seed").GetInt32()).Order());
        var standings = (await JsonAsync(await GetAsync($"{Tournaments}/{field.Tournament}/standings", field.Organiser.Token))).EnumerateArray().ToList();
        // Every game drawn: 4 draws and a bye each, 4 + 3 points.
        Assert.All(standings, standing => Assert.Equal((4, 7m), (standing.GetProperty("draws").GetInt32(), standing.GetProperty("points").GetDecimal())));
        Assert.Equal("completed", (await JsonAsync(await GetAsync($"{Tournaments}/{field.Tournament}", field.Organiser.Token))).GetProperty("state").GetString());
    }

    /// <summary>
    /// Plays every ready match until none is left: the better seed wins (or the worse one, or a draw when null); the
    /// first grand final goes to the losers' side champion when asked. Answers how many matches were played.
    /// </summary>
    private async Task<int> PlayOutAsync(Field field, bool? favouriteWins, bool upsetFirstGrandFinal = false)
    {
        var played = 0;
        for (var ready = await MatchesAsync(field, "ready"); ready.Count > 0; ready = await MatchesAsync(field, "ready"))
        {
            foreach (var match in ready)
            {
                var (home, away) = (TeamOf(match, "home"), TeamOf(match, "away"));
                var favourite = field.SeedOf(home) < field.SeedOf(away) ? home : away;
                var underdog = favourite == home ? away : home;
                var firstGrandFinal = match.GetProperty("side").GetString() == "grand_final" && match.GetProperty("round").GetInt32() == 1;
                Guid? winner = upsetFirstGrandFinal && firstGrandFinal ? away : favouriteWins switch { true => favourite, false => underdog, null => null };
                (await PlayAsync(field, match, winner)).EnsureSuccessStatusCode();
                played++;
            }
        }

        return played;
    }
}
