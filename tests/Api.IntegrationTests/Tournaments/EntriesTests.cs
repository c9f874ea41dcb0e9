using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Api.IntegrationTests.Support;

namespace Platform.Api.IntegrationTests.Tournaments;

/// <summary>Entries as applications: captains enter, organisers decide, a waitlist past capacity, seeds and the start.</summary>
public sealed class EntriesTests(PlatformApiFactory factory) : TournamentsApiTest(factory)
{
    [Fact]
    public async Task Captains_enter_while_registration_is_open_and_each_refusal_has_its_code()
    {
        var organiser = await SignInNewUserAsync("organiser@example.com");
        var captain = await SignInNewUserAsync("captain@example.com");
        var member = await SignInNewUserAsync("member@example.com");
        var team = await CreateTeamAsync(captain.Token, "Lions");
        await JoinAsync(team, captain, member);
        var tournament = await CreateTournamentAsync(organiser.Token, new { format = "single_elimination", minimumRoster = 2 });

        var whileDraft = await SendAsync(HttpMethod.Post, $"{Tournaments}/{tournament}/entries", captain.Token, new { teamId = team });
        (await SendAsync(HttpMethod.Post, $"{Tournaments}/{tournament}/registration", organiser.Token)).EnsureSuccessStatusCode();
        var byMember = await SendAsync(HttpMethod.Post, $"{Tournaments}/{tournament}/entries", member.Token, new { teamId = team });
        var entered = await SendAsync(HttpMethod.Post, $"{Tournaments}/{tournament}/entries", captain.Token, new { teamId = team });
        var twice = await SendAsync(HttpMethod.Post, $"{Tournaments}/{tournament}/entries", captain.Token, new { teamId = team });
        var otherTeam = await CreateTeamAsync(member.Token, "Member's Own");
        await JoinAsync(otherTeam, member, await SignInNewUserAsync("second@example.com"));
        var overlapping = await SendAsync(HttpMethod.Post, $"{Tournaments}/{tournament}/entries", member.Token, new { teamId = otherTeam });
        var basketball = await CreateTeamAsync(captain.Token, "Hoops", sport: "basketball");
        var otherSport = await SendAsync(HttpMethod.Post, $"{Tournaments}/{tournament}/entries", captain.Token, new { teamId = basketball });
        var soloCaptain = await SignInNewUserAsync("solo@example.com");
        var tooSmall = await SendAsync(HttpMethod.Post, $"{Tournaments}/{tournament}/entries", soloCaptain.Token, new { teamId = await CreateTeamAsync(soloCaptain.Token, "Solo") });
        var unknownTeam = await SendAsync(HttpMethod.Post, $"{Tournaments}/{tournament}/entries", captain.Token, new { teamId = Guid.CreateVersion7() });

        await AssertProblemAsync(whileDraft, HttpStatusCode.Conflict, "registration_closed");
        await AssertProblemAsync(byMember, HttpStatusCode.Forbidden, "tournament_permission_denied");
        Assert.Equal(HttpStatusCode.Created, entered.StatusCode);
        Assert.Equal("pending", (await entered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        await AssertProblemAsync(twice, HttpStatusCode.Conflict, "entry_already_exists");
        await AssertProblemAsync(overlapping, HttpStatusCode.Conflict, "player_in_two_entries");
        await AssertProblemAsync(otherSport, HttpStatusCode.UnprocessableEntity, "tournament_sport_differs");
        await AssertProblemAsync(tooSmall, HttpStatusCode.UnprocessableEntity, "roster_too_small");
        await AssertProblemAsync(unknownTeam, HttpStatusCode.UnprocessableEntity, "entry_team_not_found");
    }

    [Fact]
    public async Task Past_capacity_entries_wait_and_move_up_in_order_when_a_place_frees()
    {
        var organiser = await SignInNewUserAsync("organiser@example.com");
        var tournament = await CreateTournamentAsync(organiser.Token, new { format = "single_elimination", capacity = 2 });
        (await SendAsync(HttpMethod.Post, $"{Tournaments}/{tournament}/registration", organiser.Token)).EnsureSuccessStatusCode();
        var entries = new List<(Guid Entry, SignedInUser Captain)>();
        for (var index = 1; index <= 4; index++)
        {
            var captain = await SignInNewUserAsync($"captain{index}@example.com");
            entries.Add((await EnterAsync(tournament, await CreateTeamAsync(captain.Token, $"Team {index}"), captain), captain));
        }

        var decided = new List<string>();
        foreach (var (entry, _) in entries)
        {
            decided.Add((await JsonAsync(await SendAsync(HttpMethod.Post, $"{Tournaments}/{tournament}/entries/{entry}/accept", organiser.Token))).GetProperty("status").GetString()!);
        }

        var byOtherCaptain = await SendAsync(HttpMethod.Post, $"{Tournaments}/{tournament}/entries/{entries[0].Entry}/withdraw", entries[1].Captain.Token);
        var withdrawn = await SendAsync(HttpMethod.Post, $"{Tournaments}/{tournament}/entries/{entries[0].Entry}/withdraw", entries[0].Captain.Token);
        var accepted = (await JsonAsync(await GetAsync($"{Tournaments}/{tournament}/entries?status=accepted", organiser.Token))).EnumerateArray().ToList();

        Assert.Equal(["accepted", "accepted", "waitlisted", "waitlisted"], decided);
        await AssertProblemAsync(byOtherCaptain, HttpStatusCode.Forbidden, "tournament_permission_denied");
        Assert.Equal("withdrawn", (await JsonAsync(withdrawn)).GetProperty("status").GetString());
        // The seeds close up and the first waitlisted entry takes the place as the last seed.
        Assert.Equal([(entries[1].Entry, 1), (entries[2].Entry, 2)], accepted.Select(entry => (entry.GetProperty("id").GetGuid(), entry.GetProperty("seed").GetInt32())));
        await AssertProblemAsync(await SendAsync(HttpMethod.Post, $"{Tournaments}/{tournament}/entries/{entries[0].Entry}/accept", organiser.Token), HttpStatusCode.Conflict, "entry_not_pending");
        await AssertProblemAsync(await SendAsync(HttpMethod.Post, $"{Tournaments}/{tournament}/entries/{Guid.CreateVersion7()}/accept", organiser.Token), HttpStatusCode.NotFound, "entry_not_found");
    }

    [Fact]
    public async Task Organisers_hear_of_each_entry_and_captains_of_theirs_accepted_waitlisted_or_rejected_then_of_the_start()
    {
        var organiser = await SignInNewUserAsync("organiser@example.com");
        var tournament = await CreateTournamentAsync(organiser.Token, new { format = "single_elimination", capacity = 2 }, name: "Spring Cup");
        (await SendAsync(HttpMethod.Post, $"{Tournaments}/{tournament}/registration", organiser.Token)).EnsureSuccessStatusCode();
        var captains = new List<SignedInUser>();
        for (var index = 1; index <= 3; index++)
        {
            var captain = await SignInNewUserAsync($"captain{index}@example.com");
            var entry = await EnterAsync(tournament, await CreateTeamAsync(captain.Token, $"Team {index}"), captain);
            (await SendAsync(HttpMethod.Post, $"{Tournaments}/{tournament}/entries/{entry}/accept", organiser.Token)).EnsureSuccessStatusCode();
            captains.Add(captain);
        }

        var late = await SignInNewUserAsync("captain4@example.com");
        var lateEntry = await EnterAsync(tournament, await CreateTeamAsync(late.Token, "Team 4"), late);
        (await SendAsync(HttpMethod.Post, $"{Tournaments}/{tournament}/entries/{lateEntry}/reject", organiser.Token)).EnsureSuccessStatusCode();

        var accepted = await Factory.MailboxOf("captain1@example.com").WaitForMailAsync();
        var waitlisted = await Factory.MailboxOf("captain3@example.com").WaitForMailAsync();
        var rejected = await Factory.MailboxOf("captain4@example.com").WaitForMailAsync();
        (await SendAsync(HttpMethod.Post, $"{Tournaments}/{tournament}/start", organiser.Token)).EnsureSuccessStatusCode();

        Assert.Equal("Team 1 is in Spring Cup", accepted.Subject);
        Assert.Equal("Team 3 is on the waitlist of Spring Cup", waitlisted.Subject);
        Assert.Equal("Team 4 is not in Spring Cup", rejected.Subject);
        await WaitForAsync(async () => (await InboxTypesAsync(organiser)).Count(type => type == "tournaments.entry-received") == 4,
            explain: () => "the organiser was not told of each of the four entries");
        await WaitForAsync(async () => (await InboxTypesAsync(captains[1])).Count == 2, explain: () => "the second captain was not told of the start");
        Assert.Equal(["tournaments.entry-accepted", "tournaments.started"], (await InboxTypesAsync(captains[1])).Order(StringComparer.Ordinal));
        Assert.DoesNotContain("tournaments.started", await InboxTypesAsync(captains[2]));
    }

    private async Task<List<string>> InboxTypesAsync(SignedInUser user) =>
        [.. (await JsonAsync(await GetAsync("/api/v1/notifications", user.Token))).GetProperty("items").EnumerateArray().Select(item => item.GetProperty("type").GetString()!)];

    [Fact]
    public async Task Acceptances_at_once_fill_the_field_to_capacity_and_wait_list_the_rest()
    {
        var organiser = await SignInNewUserAsync("organiser@example.com");
        var tournament = await CreateTournamentAsync(organiser.Token, new { format = "round_robin", capacity = 3 });
        (await SendAsync(HttpMethod.Post, $"{Tournaments}/{tournament}/registration", organiser.Token)).EnsureSuccessStatusCode();
        var entries = new List<Guid>();
        for (var index = 1; index <= 6; index++)
        {
            var captain = await SignInNewUserAsync($"captain{index}@example.com");
            entries.Add(await EnterAsync(tournament, await CreateTeamAsync(captain.Token, $"Team {index}"), captain));
        }

        var decided = await Task.WhenAll(entries.Select(entry => SendAsync(HttpMethod.Post, $"{Tournaments}/{tournament}/entries/{entry}/accept", organiser.Token)));

        Assert.All(decided, response => Assert.Equal(HttpStatusCode.OK, response.StatusCode));
        Assert.Equal(3, await ScalarAsync<long>("SELECT count(*) FROM tournament_entries WHERE status = 'Accepted'"));
        Assert.Equal(3, await ScalarAsync<long>("SELECT count(*) FROM tournament_entries WHERE status = 'Waitlisted'"));
        Assert.Equal([1, 2, 3], (await JsonAsync(await GetAsync($"{Tournaments}/{tournament}/entries?status=accepted", organiser.Token))).EnumerateArray().Select(entry => entry.GetProperty("seed").GetInt32()));
    }

    [Fact]
    public async Task Seeds_are_set_or_drawn_before_the_start_and_locked_after()
    {
        var organiser = await SignInNewUserAsync("organiser@example.com");
        var field = await FieldAsync(organiser, 4, new { format = "single_elimination" });
        var entries = (await JsonAsync(await GetAsync($"{Tournaments}/{field.Tournament}/entries?status=accepted", organiser.Token))).EnumerateArray().Select(entry => entry.GetProperty("id").GetGuid()).ToList();
        entries.Reverse();

        var bySomeoneElse = await SendAsync(HttpMethod.Put, $"{Tournaments}/{field.Tournament}/seeds", field.Captains[field.Seeds[0]].Token, new { entryIds = entries });
        var missingOne = await SendAsync(HttpMethod.Put, $"{Tournaments}/{field.Tournament}/seeds", organiser.Token, new { entryIds = entries.Take(3) });
        var reversed = await SendAsync(HttpMethod.Put, $"{Tournaments}/{field.Tournament}/seeds", organiser.Token, new { entryIds = entries });
        var drawn = await SendAsync(HttpMethod.Post, $"{Tournaments}/{field.Tournament}/seeds/randomize", organiser.Token);
        await StartAsync(field);

        await AssertProblemAsync(bySomeoneElse, HttpStatusCode.Forbidden, "tournament_permission_denied");
        await AssertProblemAsync(missingOne, HttpStatusCode.BadRequest, "seeds_invalid");
        Assert.Equal(entries, (await JsonAsync(reversed)).EnumerateArray().Select(entry => entry.GetProperty("id").GetGuid()));
        Assert.Equal([1, 2, 3, 4], (await JsonAsync(drawn)).EnumerateArray().Select(entry => entry.GetProperty("seed").GetInt32()));
        await AssertProblemAsync(await SendAsync(HttpMethod.Put, $"{Tournaments}/{field.Tournament}/seeds", organiser.Token, new { entryIds = entries }), HttpStatusCode.Conflict, "seeding_locked");
        await AssertProblemAsync(await SendAsync(HttpMethod.Post, $"{Tournaments}/{field.Tournament}/seeds/randomize", organiser.Token), HttpStatusCode.Conflict, "seeding_locked");
    }

    [Fact]
    public async Task The_start_needs_an_organiser_and_enough_entrants_and_happens_once()
    {
        var organiser = await SignInNewUserAsync("organiser@example.com");
        var lonely = await FieldAsync(organiser, 1, new { format = "double_elimination" });
        var three = await SignInNewUserAsync("other-organiser@example.com");
        var thirdPlace = await CreateTournamentAsync(three.Token, new { format = "single_elimination", thirdPlaceMatch = true });

        await AssertProblemAsync(await SendAsync(HttpMethod.Post, $"{Tournaments}/{lonely.Tournament}/start", lonely.Captains[lonely.Seeds[0]].Token), HttpStatusCode.Forbidden, "tournament_permission_denied");
        await AssertProblemAsync(await SendAsync(HttpMethod.Post, $"{Tournaments}/{lonely.Tournament}/start", organiser.Token), HttpStatusCode.UnprocessableEntity, "too_few_entrants");
        await AssertProblemAsync(await SendAsync(HttpMethod.Post, $"{Tournaments}/{thirdPlace}/start", three.Token), HttpStatusCode.UnprocessableEntity, "too_few_entrants");
        await AssertProblemAsync(await GetAsync($"{Tournaments}/{lonely.Tournament}/bracket", organiser.Token), HttpStatusCode.Conflict, "tournament_not_started");
        Assert.Equal(0, await ScalarAsync<long>("SELECT count(*) FROM matches"));
    }

    [Fact]
    public async Task Starting_twice_at_once_draws_the_bracket_once()
    {
        var field = await FieldAsync(await SignInNewUserAsync("organiser@example.com"), 5, new { format = "single_elimination" });

        var starts = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => SendAsync(HttpMethod.Post, $"{Tournaments}/{field.Tournament}/start", field.Organiser.Token)));

        Assert.Single(starts, response => response.StatusCode == HttpStatusCode.OK);
        Assert.All(starts.Where(response => response.StatusCode != HttpStatusCode.OK), response => Assert.Equal(HttpStatusCode.Conflict, response.StatusCode));
        Assert.Equal(4, await ScalarAsync<long>("SELECT count(*) FROM matches"));
        await AssertProblemAsync(await SendAsync(HttpMethod.Post, $"{Tournaments}/{field.Tournament}/registration", field.Organiser.Token), HttpStatusCode.Conflict, "tournament_already_started");
    }
}
