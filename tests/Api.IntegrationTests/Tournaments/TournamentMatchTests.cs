using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MediatR;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Platform.Application.Matches.ConfirmOverdueResults;
using Platform.Api.IntegrationTests.Support;

namespace Platform.Api.IntegrationTests.Tournaments;

/// <summary>A tournament's matches: who reports, who decides, who reads the reports, and results that come in at once.</summary>
public sealed class TournamentMatchTests(PlatformApiFactory factory) : TournamentsApiTest(factory)
{
    [Fact]
    public async Task Quarter_finals_confirmed_at_once_seat_both_semi_finals_once()
    {
        var field = await FieldAsync(await SignInNewUserAsync("organiser@example.com"), 8, new { format = "single_elimination" });
        await StartAsync(field);
        var quarterFinals = await MatchesAsync(field, "ready");
        foreach (var match in quarterFinals)
        {
            var home = TeamOf(match, "home");
            (await SendAsync(HttpMethod.Post, $"{Matches}/{match.GetProperty("id").GetGuid()}/reports", field.Captains[home].Token, new { homeScore = 3, awayScore = 0 })).EnsureSuccessStatusCode();
        }

        var cachedBefore = await JsonAsync(await GetAsync($"{Tournaments}/{field.Tournament}/bracket", field.Organiser.Token));
        var confirmations = await Task.WhenAll(quarterFinals.Select(match =>
            SendAsync(HttpMethod.Post, $"{Matches}/{match.GetProperty("id").GetGuid()}/confirm", field.Captains[TeamOf(match, "away")].Token)));

        Assert.All(confirmations, response => Assert.Equal(HttpStatusCode.OK, response.StatusCode));
        var semiFinals = (await MatchesAsync(field)).Where(match => match.GetProperty("round").GetInt32() == 2).ToList();
        Assert.All(semiFinals, match => Assert.Equal("ready", match.GetProperty("status").GetString()));
        // 1v8 and 4v5 feed the first semi-final, 2v7 and 3v6 the second: the home seeds won.
        Assert.Equal([(1, 4), (2, 3)], semiFinals.Select(match => (field.SeedOf(TeamOf(match, "home")), field.SeedOf(TeamOf(match, "away")))));
        Assert.Equal("pending", (await MatchesAsync(field)).Single(match => match.GetProperty("round").GetInt32() == 3).GetProperty("status").GetString());
        // The bracket read before (and cached) is not served stale: each match change takes it out of the cache.
        Assert.Equal(2, cachedBefore.GetProperty("matches").EnumerateArray().Count(match => match.GetProperty("round").GetInt32() == 2 && match.GetProperty("status").GetString() == "pending"));
        var after = await JsonAsync(await GetAsync($"{Tournaments}/{field.Tournament}/bracket", field.Organiser.Token));
        Assert.Equal(2, after.GetProperty("matches").EnumerateArray().Count(match => match.GetProperty("round").GetInt32() == 2 && match.GetProperty("status").GetString() == "ready"));
        // Both captains of a semi-final hear that their next match is set.
        var topSeed = field.Captains[field.Seeds[0]];
        await WaitForAsync(async () => (await JsonAsync(await GetAsync("/api/v1/notifications", topSeed.Token))).GetProperty("items").EnumerateArray()
            .Any(item => item.GetProperty("type").GetString() == "matches.next-match-set"), explain: () => "the top seed was not told of its semi-final");
    }

    [Fact]
    public async Task Organisers_decide_a_disputed_tournament_match_and_read_its_report_moderators_and_captains_do_not_decide()
    {
        var organiser = await SignInNewUserAsync("organiser@example.com");
        var field = await FieldAsync(organiser, 2, new { format = "single_elimination" });
        await StartAsync(field);
        var final = (await MatchesAsync(field, "ready")).Single();
        var id = final.GetProperty("id").GetGuid();
        var (home, away) = (TeamOf(final, "home"), TeamOf(final, "away"));
        var moderator = await SignInWithRoleAsync("moderator@example.com", "moderator");
        var stranger = await SignInNewUserAsync("stranger@example.com");

        var draw = await SendAsync(HttpMethod.Post, $"{Matches}/{id}/reports", field.Captains[home].Token, new { homeScore = 1, awayScore = 1 });
        (await SendAsync(HttpMethod.Post, $"{Matches}/{id}/reports", field.Captains[home].Token, new { homeScore = 1, awayScore = 1, winnerTeamId = home, decidedBy = "penalties" })).EnsureSuccessStatusCode();
        (await SendAsync(HttpMethod.Post, $"{Matches}/{id}/dispute", field.Captains[away].Token, new { reason = "We won the shoot-out" })).EnsureSuccessStatusCode();
        var decision = new { homeScore = 1, awayScore = 1, winnerTeamId = away, decidedBy = "penalties", reason = "The referee's sheet" };
        var byModerator = await SendAsync(HttpMethod.Post, $"{Matches}/{id}/decision", moderator.Token, decision);
        var byCaptain = await SendAsync(HttpMethod.Post, $"{Matches}/{id}/decision", field.Captains[away].Token, decision);
        var seenByOrganiser = await JsonAsync(await GetAsync($"{Matches}/{id}", organiser.Token));
        var seenByStranger = await JsonAsync(await GetAsync($"{Matches}/{id}", stranger.Token));
        var decided = await SendAsync(HttpMethod.Post, $"{Matches}/{id}/decision", organiser.Token, decision);

        await AssertProblemAsync(draw, HttpStatusCode.UnprocessableEntity, "draw_not_allowed");
        await AssertProblemAsync(byModerator, HttpStatusCode.Forbidden, "match_permission_denied");
        await AssertProblemAsync(byCaptain, HttpStatusCode.Forbidden, "match_permission_denied");
        Assert.Equal(JsonValueKind.Object, seenByOrganiser.GetProperty("report").ValueKind);
        Assert.Equal(JsonValueKind.Null, seenByStranger.GetProperty("report").ValueKind);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync($"{Matches}/{id}/history", organiser.Token)).StatusCode);
        await AssertProblemAsync(await GetAsync($"{Matches}/{id}/history", stranger.Token), HttpStatusCode.NotFound, "match_not_found");
        Assert.Equal(away, (await JsonAsync(decided)).GetProperty("result").GetProperty("winnerTeamId").GetGuid());
        Assert.Equal("completed", (await JsonAsync(await GetAsync($"{Tournaments}/{field.Tournament}", organiser.Token))).GetProperty("state").GetString());
    }

    [Fact]
    public async Task A_pending_match_takes_no_report_and_tournament_matches_are_not_cancelled_or_moved_by_captains()
    {
        var field = await FieldAsync(await SignInNewUserAsync("organiser@example.com"), 3, new { format = "single_elimination" });
        await StartAsync(field);
        var matches = await MatchesAsync(field);
        var pending = matches.Single(match => match.GetProperty("status").GetString() == "pending");
        var ready = matches.Single(match => match.GetProperty("status").GetString() == "ready");
        var topSeed = field.Captains[field.Seeds[0]];

        var early = await SendAsync(HttpMethod.Post, $"{Matches}/{pending.GetProperty("id").GetGuid()}/reports", topSeed.Token, new { homeScore = 1, awayScore = 0 });
        var cancel = await SendAsync(HttpMethod.Post, $"{Matches}/{ready.GetProperty("id").GetGuid()}/cancel", field.Captains[TeamOf(ready, "home")].Token);
        var listed = await JsonAsync(await GetAsync($"{Tournaments}/{field.Tournament}/matches?round=2", topSeed.Token));

        await AssertProblemAsync(early, HttpStatusCode.Conflict, "match_not_reportable");
        await AssertProblemAsync(cancel, HttpStatusCode.Conflict, "match_not_cancellable");
        // Seed 1 has the bye: it waits in round 2, where its side is already known.
        var final = listed.GetProperty("items").EnumerateArray().Single();
        Assert.Equal((field.Seeds[0], JsonValueKind.Null), (TeamOf(final, "home"), final.GetProperty("awayTeamId").ValueKind));
        Assert.Equal(JsonValueKind.Null, final.GetProperty("scheduledAt").ValueKind);
        await AssertProblemAsync(await GetAsync($"{Tournaments}/{Guid.CreateVersion7()}/matches", topSeed.Token), HttpStatusCode.NotFound, "tournament_not_found");
    }

    [Fact]
    public async Task Organisers_set_kickoffs_at_a_playground_in_its_local_hours_across_DST_and_reports_wait_for_them()
    {
        var field = await FieldAsync(await SignInNewUserAsync("organiser@example.com"), 3, new { format = "single_elimination" });
        await StartAsync(field);
        var matches = await MatchesAsync(field);
        var ready = matches.Single(match => match.GetProperty("status").GetString() == "ready").GetProperty("id").GetGuid();
        var pending = matches.Single(match => match.GetProperty("status").GetString() == "pending").GetProperty("id").GetGuid();
        var homeCaptain = field.Captains[TeamOf(matches.Single(match => match.GetProperty("id").GetGuid() == ready), "home")];
        var playground = await PlaygroundAsync(field.Organiser.Token, pitches: 1);
        // Sunday 2027-03-28, the night Europe/Berlin springs forward: 09:00 CEST is 07:00Z; 08:15 CET would be 07:15Z.
        var sundayNineLocal = new DateTimeOffset(2027, 3, 28, 7, 0, 0, TimeSpan.Zero);
        Task<HttpResponseMessage> KickoffAsync(Guid match, SignedInUser user, DateTimeOffset at, int minutes) =>
            SendAsync(HttpMethod.Post, $"{Matches}/{match}/reschedule", user.Token, new { playgroundId = playground, scheduledAt = at, durationMinutes = minutes });

        var byCaptain = await KickoffAsync(ready, homeCaptain, sundayNineLocal, 90);
        var tooEarly = await KickoffAsync(ready, field.Organiser, sundayNineLocal.AddMinutes(-45), 60);
        var set = await JsonAsync(await KickoffAsync(ready, field.Organiser, sundayNineLocal, 90));
        var clash = await KickoffAsync(pending, field.Organiser, sundayNineLocal.AddMinutes(60), 60);
        var after = await JsonAsync(await KickoffAsync(pending, field.Organiser, sundayNineLocal.AddMinutes(90), 60));
        var early = await SendAsync(HttpMethod.Post, $"{Matches}/{ready}/reports", homeCaptain.Token, new { homeScore = 2, awayScore = 0 });

        await AssertProblemAsync(byCaptain, HttpStatusCode.Forbidden, "match_permission_denied");
        await AssertProblemAsync(tooEarly, HttpStatusCode.UnprocessableEntity, "outside_opening_hours");
        Assert.Equal(("ready", "Europe/Berlin", new DateTimeOffset(2027, 3, 28, 9, 0, 0, TimeSpan.FromHours(2))),
            (set.GetProperty("status").GetString(), set.GetProperty("timeZone").GetString(), set.GetProperty("localStartTime").GetDateTimeOffset()));
        Assert.Equal("+02:00", set.GetProperty("localStartTime").GetString()![^6..]);
        await AssertProblemAsync(clash, HttpStatusCode.Conflict, "playground_fully_booked");
        Assert.Equal(("pending", "2027-03-28T10:30:00+02:00"), (after.GetProperty("status").GetString(), after.GetProperty("localStartTime").GetString()));
        await AssertProblemAsync(early, HttpStatusCode.Conflict, "match_not_reportable");
        var listed = (await MatchesAsync(field)).Single(match => match.GetProperty("id").GetGuid() == ready);
        Assert.Equal(("Europe/Berlin", sundayNineLocal), (listed.GetProperty("timeZone").GetString(), listed.GetProperty("scheduledAt").GetDateTimeOffset()));
        await WaitForAsync(async () => (await JsonAsync(await GetAsync("/api/v1/notifications", homeCaptain.Token))).GetProperty("items").EnumerateArray()
            .Any(item => item.GetProperty("type").GetString() == "matches.kickoff-set"), explain: () => "the captain was not told of the kickoff");

        // The day comes: the report is taken, and a reported match's kickoff no longer moves.
        await SqlAsync($"UPDATE matches SET scheduled_at = now() - interval '2 hours', ends_at = now() - interval '30 minutes' WHERE id = '{ready}'");
        (await SendAsync(HttpMethod.Post, $"{Matches}/{ready}/reports", homeCaptain.Token, new { homeScore = 2, awayScore = 0 })).EnsureSuccessStatusCode();
        await AssertProblemAsync(await KickoffAsync(ready, field.Organiser, sundayNineLocal.AddHours(3), 60), HttpStatusCode.Conflict, "match_not_schedulable");
    }

    [Fact]
    public async Task An_unanswered_result_stands_at_the_tournament_s_deadline_by_the_clock_and_completes_it()
    {
        var field = await FieldAsync(await SignInNewUserAsync("organiser@example.com"), 2, new { format = "single_elimination", confirmationWindowHours = 6 });
        await StartAsync(field);
        var final = (await MatchesAsync(field, "ready")).Single();
        var id = final.GetProperty("id").GetGuid();
        var reported = await JsonAsync(await SendAsync(HttpMethod.Post, $"{Matches}/{id}/reports", field.Captains[TeamOf(final, "home")].Token, new { homeScore = 2, awayScore = 1 }));
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var later = Factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(clock)));

        clock.Advance(TimeSpan.FromHours(6) - TimeSpan.FromMinutes(1));
        var early = await RunDeadlineJobAsync(later);
        clock.Advance(TimeSpan.FromMinutes(2));
        var due = await RunDeadlineJobAsync(later);
        var again = await RunDeadlineJobAsync(later);

        Assert.InRange(reported.GetProperty("confirmationDeadline").GetDateTimeOffset() - DateTimeOffset.UtcNow, TimeSpan.FromHours(5.9), TimeSpan.FromHours(6));
        Assert.Equal((0, 1, 0), (early, due, again));
        var body = await JsonAsync(await GetAsync($"{Matches}/{id}", field.Organiser.Token));
        Assert.Equal(("completed", true), (body.GetProperty("status").GetString(), body.GetProperty("autoConfirmed").GetBoolean()));
        Assert.Equal("completed", (await JsonAsync(await GetAsync($"{Tournaments}/{field.Tournament}", field.Organiser.Token))).GetProperty("state").GetString());
    }

    private static async Task<int> RunDeadlineJobAsync(WebApplicationFactory<Program> host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var run = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new ConfirmOverdueResultsCommand());
        return run.Value.Handled;
    }
}
