using System.Net;
using System.Text.Json;
using Platform.Api.IntegrationTests.Support;

namespace Platform.Api.IntegrationTests.Tournaments;

/// <summary>What a team's deletion leaves behind: nothing open waiting on it, and the history it played in intact.</summary>
public sealed class DeletedTeamTests(PlatformApiFactory factory) : TournamentsApiTest(factory)
{
    [Fact]
    public async Task A_team_in_a_running_tournament_is_kept_until_it_ends_and_its_played_matches_stay_after()
    {
        var field = await FieldAsync(await SignInNewUserAsync("organiser@example.com"), 2, new { format = "single_elimination" });
        await StartAsync(field);
        var final = (await MatchesAsync(field, "ready")).Single();
        var loser = TeamOf(final, "away");
        (await PlayAsync(field, final, TeamOf(final, "home"))).EnsureSuccessStatusCode();
        var other = await SignInNewUserAsync("other@example.com");
        var running = await FieldAsync(await SignInNewUserAsync("organiser2@example.com"), 2, new { format = "round_robin" }, captains: "player");
        await StartAsync(running);
        var playing = running.Seeds[0];

        var refused = await SendAsync(HttpMethod.Delete, $"{Teams}/{playing}", running.Captains[playing].Token);
        var deleted = await SendAsync(HttpMethod.Delete, $"{Teams}/{loser}", field.Captains[loser].Token);
        var match = await JsonAsync(await GetAsync($"{Matches}/{final.GetProperty("id").GetGuid()}", other.Token));
        var bracket = await JsonAsync(await GetAsync($"{Tournaments}/{field.Tournament}/bracket", other.Token));

        await AssertProblemAsync(refused, HttpStatusCode.Conflict, "team_in_active_tournament");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal((loser, "completed"), (TeamOf(match, "away"), match.GetProperty("status").GetString()));
        Assert.Equal(2, bracket.GetProperty("slots").EnumerateArray().Count(slot => slot.GetProperty("teamId").ValueKind == JsonValueKind.String));
        (await SendAsync(HttpMethod.Post, $"{Tournaments}/{running.Tournament}/cancel", running.Organiser.Token)).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.NoContent, (await SendAsync(HttpMethod.Delete, $"{Teams}/{playing}", running.Captains[playing].Token)).StatusCode);
    }

    [Fact]
    public async Task A_team_deleted_before_the_start_leaves_the_field_and_the_waitlist_moves_up()
    {
        var organiser = await SignInNewUserAsync("organiser@example.com");
        var tournament = await CreateTournamentAsync(organiser.Token, new { format = "single_elimination", capacity = 2 });
        (await SendAsync(HttpMethod.Post, $"{Tournaments}/{tournament}/registration", organiser.Token)).EnsureSuccessStatusCode();
        var teams = new List<(Guid Team, SignedInUser Captain, Guid Entry)>();
        for (var index = 1; index <= 3; index++)
        {
            var captain = await SignInNewUserAsync($"captain{index}@example.com");
            var team = await CreateTeamAsync(captain.Token, $"Team {index}");
            var entry = await EnterAsync(tournament, team, captain);
            (await SendAsync(HttpMethod.Post, $"{Tournaments}/{tournament}/entries/{entry}/accept", organiser.Token)).EnsureSuccessStatusCode();
            teams.Add((team, captain, entry));
        }

        Assert.Equal(HttpStatusCode.NoContent, (await SendAsync(HttpMethod.Delete, $"{Teams}/{teams[0].Team}", teams[0].Captain.Token)).StatusCode);

        var accepted = (await JsonAsync(await GetAsync($"{Tournaments}/{tournament}/entries?status=accepted", organiser.Token))).EnumerateArray().ToList();
        Assert.Equal([(teams[1].Entry, 1), (teams[2].Entry, 2)], accepted.Select(entry => (entry.GetProperty("id").GetGuid(), entry.GetProperty("seed").GetInt32())));
        Assert.Equal("withdrawn", (await JsonAsync(await GetAsync($"{Tournaments}/{tournament}/entries?status=withdrawn", organiser.Token))).EnumerateArray().Single().GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_deleted_teams_open_friendlies_are_cancelled()
    {
        var home = await SignInNewUserAsync("home@example.com");
        var away = await SignInNewUserAsync("away@example.com");
        var (homeTeam, awayTeam) = (await CreateTeamAsync(home.Token, "Home"), await CreateTeamAsync(away.Token, "Away"));
        var proposed = await JsonAsync(await SendAsync(HttpMethod.Post, Matches, home.Token,
            new { homeTeamId = homeTeam, awayTeamId = awayTeam, scheduledAt = DateTimeOffset.UtcNow.AddDays(3), durationMinutes = 90 }));

        Assert.Equal(HttpStatusCode.NoContent, (await SendAsync(HttpMethod.Delete, $"{Teams}/{homeTeam}", home.Token)).StatusCode);

        var match = await JsonAsync(await GetAsync($"{Matches}/{proposed.GetProperty("id").GetGuid()}", away.Token));
        Assert.Equal("cancelled", match.GetProperty("status").GetString());
        await AssertProblemAsync(await SendAsync(HttpMethod.Post, $"{Matches}/{proposed.GetProperty("id").GetGuid()}/accept", away.Token), HttpStatusCode.Conflict, "match_not_proposed");
    }
}
