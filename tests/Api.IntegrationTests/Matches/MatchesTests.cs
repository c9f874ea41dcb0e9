using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Platform.Api.IntegrationTests.Support;
using Platform.Api.IntegrationTests.Teams;
using Platform.Application.Matches.ConfirmOverdueResults;

namespace Platform.Api.IntegrationTests.Matches;

/// <summary>Friendlies end to end: proposed, accepted, reported, confirmed or disputed and decided, and confirmed at the deadline.</summary>
public sealed class MatchesTests(PlatformApiFactory factory) : TeamsApiTest(factory)
{
    private const string Route = "/api/v1/matches";

    [Fact]
    public async Task The_home_captain_proposes_and_the_away_captain_accepts()
    {
        var game = await TwoTeamsAsync();

        var proposed = await ProposeAsync(game);
        var byHome = await SendAsync(HttpMethod.Post, $"{Route}/{proposed}/accept", game.HomeCaptain.Token);
        var accepted = await SendAsync(HttpMethod.Post, $"{Route}/{proposed}/accept", game.AwayCaptain.Token);

        await AssertProblemAsync(byHome, HttpStatusCode.Forbidden, "match_permission_denied");
        Assert.Equal("scheduled", (await accepted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        await AssertProblemAsync(await SendAsync(HttpMethod.Post, $"{Route}/{proposed}/decline", game.AwayCaptain.Token), HttpStatusCode.Conflict, "match_not_proposed");
    }

    [Fact]
    public async Task Proposals_by_others_between_one_team_or_in_the_past_are_refused()
    {
        var game = await TwoTeamsAsync();
        var kickoff = DateTimeOffset.UtcNow.AddDays(2);

        await AssertProblemAsync(await SendAsync(HttpMethod.Post, Route, game.AwayCaptain.Token, new { homeTeamId = game.Home, awayTeamId = game.Away, scheduledAt = kickoff, durationMinutes = 90 }), HttpStatusCode.Forbidden, "match_permission_denied");
        await AssertProblemAsync(await SendAsync(HttpMethod.Post, Route, game.HomeCaptain.Token, new { homeTeamId = game.Home, awayTeamId = game.Home, scheduledAt = kickoff, durationMinutes = 90 }), HttpStatusCode.UnprocessableEntity, "match_same_team");
        await AssertProblemAsync(await SendAsync(HttpMethod.Post, Route, game.HomeCaptain.Token, new { homeTeamId = game.Home, awayTeamId = game.Away, scheduledAt = DateTimeOffset.UtcNow.AddMinutes(-1), durationMinutes = 90 }), HttpStatusCode.UnprocessableEntity, "match_in_the_past");
        await AssertProblemAsync(await SendAsync(HttpMethod.Post, Route, game.HomeCaptain.Token, new { homeTeamId = game.Home, awayTeamId = Guid.CreateVersion7(), scheduledAt = kickoff, durationMinutes = 90 }), HttpStatusCode.NotFound, "team_not_found");
        Assert.Contains("durationMinutes", (await Problem.ReadAsync(await SendAsync(HttpMethod.Post, Route, game.HomeCaptain.Token, new { homeTeamId = game.Home, awayTeamId = game.Away, scheduledAt = kickoff, durationMinutes = 5 }), HttpStatusCode.BadRequest)).Errors.Keys);
        Assert.Equal(0, await ScalarAsync<long>("SELECT count(*) FROM matches"));
    }

    [Fact]
    public async Task A_match_at_a_playground_lies_within_its_local_hours_DST_included_and_fits_its_pitches()
    {
        var game = await TwoTeamsAsync();
        var playground = await PlaygroundAsync(game.HomeCaptain.Token, pitches: 1);
        // Sunday 2027-03-28, the night Europe/Berlin springs forward: 09:00 CEST is 07:00Z; 08:30 CET would be 07:30Z.
        var sundayNineLocal = new DateTimeOffset(2027, 3, 28, 7, 0, 0, TimeSpan.Zero);

        var tooEarly = await SendAsync(HttpMethod.Post, Route, game.HomeCaptain.Token, new { homeTeamId = game.Home, awayTeamId = game.Away, playgroundId = playground, scheduledAt = sundayNineLocal.AddMinutes(-45), durationMinutes = 60 });
        var booked = await SendAsync(HttpMethod.Post, Route, game.HomeCaptain.Token, new { homeTeamId = game.Home, awayTeamId = game.Away, playgroundId = playground, scheduledAt = sundayNineLocal, durationMinutes = 90 });
        var overlapping = await SendAsync(HttpMethod.Post, Route, game.HomeCaptain.Token, new { homeTeamId = game.Home, awayTeamId = game.Away, playgroundId = playground, scheduledAt = sundayNineLocal.AddMinutes(60), durationMinutes = 60 });
        var after = await SendAsync(HttpMethod.Post, Route, game.HomeCaptain.Token, new { homeTeamId = game.Home, awayTeamId = game.Away, playgroundId = playground, scheduledAt = sundayNineLocal.AddMinutes(90), durationMinutes = 60 });

        await AssertProblemAsync(tooEarly, HttpStatusCode.UnprocessableEntity, "outside_opening_hours");
        Assert.Equal(HttpStatusCode.Created, booked.StatusCode);
        var match = await booked.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("Europe/Berlin", new DateTimeOffset(2027, 3, 28, 9, 0, 0, TimeSpan.FromHours(2))),
            (match.GetProperty("timeZone").GetString(), match.GetProperty("localStartTime").GetDateTimeOffset()));
        Assert.Equal("+02:00", match.GetProperty("localStartTime").GetString()![^6..]);
        await AssertProblemAsync(overlapping, HttpStatusCode.Conflict, "playground_fully_booked");
        Assert.Equal(HttpStatusCode.Created, after.StatusCode);
    }

    [Fact]
    public async Task Proposals_at_once_for_the_last_pitch_book_it_once()
    {
        var game = await TwoTeamsAsync();
        var playground = await PlaygroundAsync(game.HomeCaptain.Token, pitches: 2);
        var kickoff = new DateTimeOffset(2027, 6, 7, 10, 0, 0, TimeSpan.Zero);

        var responses = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => SendAsync(HttpMethod.Post, Route, game.HomeCaptain.Token,
            new { homeTeamId = game.Home, awayTeamId = game.Away, playgroundId = playground, scheduledAt = kickoff, durationMinutes = 90 })));

        Assert.Equal(2, responses.Count(response => response.StatusCode == HttpStatusCode.Created));
        Assert.Equal(3, responses.Count(response => response.StatusCode == HttpStatusCode.Conflict));
        Assert.Equal(2, await ScalarAsync<long>("SELECT count(*) FROM matches"));
    }

    [Fact]
    public async Task A_report_before_kickoff_is_409_and_after_it_waits_for_the_other_captain_who_confirms()
    {
        var game = await TwoTeamsAsync();
        var match = await ScheduledAsync(game);

        await AssertProblemAsync(await ReportAsync(match, game.HomeCaptain, 2, 1), HttpStatusCode.Conflict, "match_not_reportable");
        await StartedAsync(match);
        await AssertProblemAsync(await ReportAsync(match, game.HomePlayer, 2, 1), HttpStatusCode.Forbidden, "match_permission_denied");
        var reported = await ReportAsync(match, game.HomeCaptain, 2, 1, lineup: [game.HomeCaptain.Id, game.HomePlayer.Id]);
        var body = await reported.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal("awaiting_confirmation", body.GetProperty("status").GetString());
        Assert.True(body.GetProperty("confirmationDeadline").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddHours(23));
        await AssertProblemAsync(await SendAsync(HttpMethod.Post, $"{Route}/{match}/confirm", game.HomeCaptain.Token), HttpStatusCode.Forbidden, "match_own_report");
        var confirmed = await SendAsync(HttpMethod.Post, $"{Route}/{match}/confirm", game.AwayCaptain.Token);
        var result = (await confirmed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("result");
        Assert.Equal((2, 1, game.Home), (result.GetProperty("homeScore").GetInt32(), result.GetProperty("awayScore").GetInt32(), result.GetProperty("winnerTeamId").GetGuid()));
        await AssertProblemAsync(await ReportAsync(match, game.AwayCaptain, 0, 3), HttpStatusCode.Conflict, "match_decided");
    }

    [Fact]
    public async Task Bad_reports_are_refused_with_their_codes()
    {
        var game = await TwoTeamsAsync();
        var match = await ScheduledAsync(game);
        await StartedAsync(match);

        await AssertProblemAsync(await ReportAsync(match, game.HomeCaptain, 1, 2, winner: game.Home), HttpStatusCode.UnprocessableEntity, "winner_not_higher_score");
        await AssertProblemAsync(await ReportAsync(match, game.HomeCaptain, 1, 1, winner: game.Home), HttpStatusCode.UnprocessableEntity, "draw_not_allowed");
        await AssertProblemAsync(await ReportAsync(match, game.HomeCaptain, 2, 1, lineup: [game.AwayCaptain.Id]), HttpStatusCode.UnprocessableEntity, "lineup_not_on_roster");
        Assert.Contains("homeScore", (await Problem.ReadAsync(await ReportAsync(match, game.HomeCaptain, 1000, 1), HttpStatusCode.BadRequest)).Errors.Keys);
        Assert.Contains("decidedBy", (await Problem.ReadAsync(await SendAsync(HttpMethod.Post, $"{Route}/{match}/reports", game.HomeCaptain.Token, new { homeScore = 1, awayScore = 1, decidedBy = "coin" }), HttpStatusCode.BadRequest)).Errors.Keys);
        Assert.Equal(HttpStatusCode.OK, (await ReportAsync(match, game.HomeCaptain, 1, 1, winner: game.Away, decidedBy: "penalties")).StatusCode);
    }

    [Fact]
    public async Task A_disputed_friendly_is_settled_by_a_moderator_only()
    {
        var game = await TwoTeamsAsync();
        var moderator = await SignInWithRoleAsync("moderator@example.com", "moderator");
        var match = await ScheduledAsync(game);
        await StartedAsync(match);
        (await ReportAsync(match, game.HomeCaptain, 2, 1)).EnsureSuccessStatusCode();

        var disputed = await SendAsync(HttpMethod.Post, $"{Route}/{match}/dispute", game.AwayCaptain.Token, new { reason = "It ended 1:1" });
        var byCaptain = await SendAsync(HttpMethod.Post, $"{Route}/{match}/decision", game.HomeCaptain.Token, new { homeScore = 2, awayScore = 1, reason = "Mine" });
        var decided = await SendAsync(HttpMethod.Post, $"{Route}/{match}/decision", moderator.Token, new { homeScore = 1, awayScore = 1, reason = "Both referees say 1:1" });

        Assert.Equal("disputed", (await disputed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        await AssertProblemAsync(byCaptain, HttpStatusCode.Forbidden, "match_permission_denied");
        var body = await decided.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("completed", JsonValueKind.Null), (body.GetProperty("status").GetString(), body.GetProperty("result").GetProperty("winnerTeamId").ValueKind));
        await AssertProblemAsync(await SendAsync(HttpMethod.Post, $"{Route}/{match}/decision", moderator.Token, new { homeScore = 3, awayScore = 1, reason = "Again" }), HttpStatusCode.Conflict, "match_decided");
        var history = await (await GetAsync($"{Route}/{match}/history", moderator.Token)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["proposed", "accepted", "reported", "disputed", "completed"], history.EnumerateArray().Select(entry => entry.GetProperty("action").GetString()));
    }

    [Fact]
    public async Task Reports_and_history_are_for_the_two_teams_others_see_the_match_without_them()
    {
        var game = await TwoTeamsAsync();
        var stranger = await SignInNewUserAsync("stranger@example.com");
        var match = await ScheduledAsync(game);
        await StartedAsync(match);
        (await ReportAsync(match, game.HomeCaptain, 2, 1)).EnsureSuccessStatusCode();

        var seenByPlayer = await (await GetAsync($"{Route}/{match}", game.HomePlayer.Token)).Content.ReadFromJsonAsync<JsonElement>();
        var seenByStranger = await (await GetAsync($"{Route}/{match}", stranger.Token)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(2, seenByPlayer.GetProperty("report").GetProperty("result").GetProperty("homeScore").GetInt32());
        Assert.Equal(("awaiting_confirmation", JsonValueKind.Null), (seenByStranger.GetProperty("status").GetString(), seenByStranger.GetProperty("report").ValueKind));
        await AssertProblemAsync(await GetAsync($"{Route}/{match}/history", stranger.Token), HttpStatusCode.NotFound, "match_not_found");
        Assert.Equal(HttpStatusCode.OK, (await GetAsync($"{Route}/{match}/history", game.HomePlayer.Token)).StatusCode);
        await AssertProblemAsync(await GetAsync($"{Route}/{Guid.CreateVersion7()}", stranger.Token), HttpStatusCode.NotFound, "match_not_found");
    }

    [Fact]
    public async Task Confirmations_at_once_complete_the_match_once()
    {
        var game = await TwoTeamsAsync();
        var match = await ScheduledAsync(game);
        await StartedAsync(match);
        (await ReportAsync(match, game.HomeCaptain, 2, 1)).EnsureSuccessStatusCode();

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => SendAsync(HttpMethod.Post, $"{Route}/{match}/confirm", game.AwayCaptain.Token)));

        Assert.Single(responses, response => response.StatusCode == HttpStatusCode.OK);
        Assert.All(responses.Where(response => response.StatusCode != HttpStatusCode.OK), response =>
            Assert.True(response.StatusCode is HttpStatusCode.PreconditionFailed or HttpStatusCode.Conflict, response.StatusCode.ToString()));
        Assert.Equal(1, await ScalarAsync<long>($"SELECT count(*) FROM matches, jsonb_array_elements(history) AS step WHERE id = '{match}' AND step->>'Action' = 'completed'"));
    }

    [Fact]
    public async Task An_unanswered_report_is_confirmed_by_the_deadline_job_once_even_run_twice_at_once()
    {
        var game = await TwoTeamsAsync();
        var match = await ScheduledAsync(game);
        await StartedAsync(match);
        (await ReportAsync(match, game.HomeCaptain, 2, 1)).EnsureSuccessStatusCode();
        await SqlAsync($"UPDATE matches SET confirmation_deadline = now() - interval '1 minute' WHERE id = '{match}'");

        var runs = await Task.WhenAll(RunDeadlineJobAsync(), RunDeadlineJobAsync());

        var body = await (await GetAsync($"{Route}/{match}", game.AwayCaptain.Token)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("completed", true), (body.GetProperty("status").GetString(), body.GetProperty("autoConfirmed").GetBoolean()));
        Assert.Equal(1, runs.Sum());
        Assert.Equal(1, await ScalarAsync<long>($"SELECT count(*) FROM matches, jsonb_array_elements(history) AS step WHERE id = '{match}' AND step->>'Action' = 'completed'"));
    }

    [Fact]
    public async Task Either_captain_cancels_and_a_reschedule_needs_the_other_side_again()
    {
        var game = await TwoTeamsAsync();
        var match = await ScheduledAsync(game);

        var moved = await SendAsync(HttpMethod.Post, $"{Route}/{match}/reschedule", game.AwayCaptain.Token, new { scheduledAt = DateTimeOffset.UtcNow.AddDays(5), durationMinutes = 60 });
        Assert.Equal("proposed", (await moved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        await AssertProblemAsync(await SendAsync(HttpMethod.Post, $"{Route}/{match}/accept", game.AwayCaptain.Token), HttpStatusCode.Forbidden, "match_permission_denied");
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(HttpMethod.Post, $"{Route}/{match}/accept", game.HomeCaptain.Token)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(HttpMethod.Post, $"{Route}/{match}/cancel", game.AwayCaptain.Token)).StatusCode);
        await AssertProblemAsync(await SendAsync(HttpMethod.Post, $"{Route}/{match}/cancel", game.HomePlayer.Token), HttpStatusCode.Forbidden, "match_permission_denied");
    }

    [Fact]
    public async Task The_list_pages_a_teams_matches_by_start_with_a_cursor()
    {
        var game = await TwoTeamsAsync();
        var kickoff = DateTimeOffset.UtcNow.AddDays(3);
        for (var index = 0; index < 3; index++)
        {
            await ProposeAsync(game, kickoff.AddHours(index));
        }

        var first = await (await GetAsync($"{Route}?teamId={game.Away}&limit=2", game.AwayCaptain.Token)).Content.ReadFromJsonAsync<JsonElement>();
        var cursor = first.GetProperty("nextCursor").GetString();
        var second = await (await GetAsync($"{Route}?teamId={game.Away}&limit=2&cursor={cursor}", game.AwayCaptain.Token)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(2, first.GetProperty("items").GetArrayLength());
        Assert.Equal((1, JsonValueKind.Null), (second.GetProperty("items").GetArrayLength(), second.GetProperty("nextCursor").ValueKind));
        Assert.Contains("cursor", (await Problem.ReadAsync(await GetAsync($"{Route}?cursor=garbage", game.AwayCaptain.Token), HttpStatusCode.BadRequest)).Errors.Keys);
        Assert.Contains("status", (await Problem.ReadAsync(await GetAsync($"{Route}?status=lost", game.AwayCaptain.Token), HttpStatusCode.BadRequest)).Errors.Keys);
    }

    [Fact]
    public async Task Captains_are_told_of_a_proposal_a_result_to_confirm_and_a_decision()
    {
        var game = await TwoTeamsAsync();
        var moderator = await SignInWithRoleAsync("moderator@example.com", "moderator");
        var match = await ScheduledAsync(game);
        await StartedAsync(match);
        (await ReportAsync(match, game.HomeCaptain, 2, 1)).EnsureSuccessStatusCode();
        (await SendAsync(HttpMethod.Post, $"{Route}/{match}/decision", moderator.Token, new { homeScore = 2, awayScore = 2, reason = "Late goal counted" })).EnsureSuccessStatusCode();

        List<string> away = [], home = [];
        await WaitForAsync(async () =>
        {
            (away, home) = (await TypesAsync(game.AwayCaptain.Token), await TypesAsync(game.HomeCaptain.Token));
            return away.Count == 3 && home.Count == 1;
        }, explain: () => $"away captain: [{string.Join(", ", away)}], home captain: [{string.Join(", ", home)}]");

        Assert.Equal(["matches.decided", "matches.awaiting-confirmation", "matches.proposed"], await TypesAsync(game.AwayCaptain.Token));
        Assert.Equal(["matches.decided"], await TypesAsync(game.HomeCaptain.Token));
        Assert.Empty(await TypesAsync(game.HomePlayer.Token));
    }

    private async Task<List<string>> TypesAsync(string token)
    {
        var inbox = await (await GetAsync("/api/v1/notifications", token)).Content.ReadFromJsonAsync<JsonElement>();
        return [.. inbox.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("type").GetString()!).Where(type => type.StartsWith("matches.", StringComparison.Ordinal))];
    }

    private async Task<int> RunDeadlineJobAsync()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var run = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new ConfirmOverdueResultsCommand());
        return run.IsSuccess ? run.Value.Handled : 0;
    }

    private async Task<Game> TwoTeamsAsync()
    {
        var homeCaptain = await SignInNewUserAsync("home@example.com");
        var homePlayer = await SignInNewUserAsync("player@example.com");
        var awayCaptain = await SignInNewUserAsync("away@example.com");
        var home = await CreateTeamAsync(homeCaptain.Token, "Dynamo");
        var away = await CreateTeamAsync(awayCaptain.Token, "Union");
        await JoinAsync(home, homeCaptain, homePlayer);
        return new Game(home, away, homeCaptain, homePlayer, awayCaptain);
    }

    private async Task<Guid> ProposeAsync(Game game, DateTimeOffset? kickoff = null)
    {
        var response = await SendAsync(HttpMethod.Post, Route, game.HomeCaptain.Token,
            new { homeTeamId = game.Home, awayTeamId = game.Away, scheduledAt = kickoff ?? DateTimeOffset.UtcNow.AddDays(1), durationMinutes = 90 });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await IdOfAsync(response);
    }

    private async Task<Guid> ScheduledAsync(Game game)
    {
        var match = await ProposeAsync(game);
        (await SendAsync(HttpMethod.Post, $"{Route}/{match}/accept", game.AwayCaptain.Token)).EnsureSuccessStatusCode();
        return match;
    }

    /// <summary>Moves the match's kickoff two hours into the past, as if the day had come.</summary>
    private Task StartedAsync(Guid match) =>
        SqlAsync($"UPDATE matches SET scheduled_at = now() - interval '2 hours', ends_at = now() - interval '30 minutes' WHERE id = '{match}'");

    private Task<HttpResponseMessage> ReportAsync(Guid match, SignedInUser captain, int home, int away, Guid? winner = null, string? decidedBy = null, Guid[]? lineup = null) =>
        SendAsync(HttpMethod.Post, $"{Route}/{match}/reports", captain.Token, new { homeScore = home, awayScore = away, winnerTeamId = winner, decidedBy, lineup });

    private sealed record Game(Guid Home, Guid Away, SignedInUser HomeCaptain, SignedInUser HomePlayer, SignedInUser AwayCaptain);
}
