using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Api.IntegrationTests.Support;
using Platform.Domain.Teams;

namespace Platform.Api.IntegrationTests.Teams;

/// <summary>Applications to teams: applied, listed, accepted, rejected and withdrawn, seen only by the applicant and the captain.</summary>
public sealed class ApplicationsTests(PlatformApiFactory factory) : TeamsApiTest(factory)
{
    [Fact]
    public async Task A_player_applies_and_gets_201_with_the_pending_application_and_its_location()
    {
        var (team, _, applicant, _) = await SetUpAsync();

        var response = await SendAsync(HttpMethod.Post, $"{Teams}/{team}/applications", applicant.Token, new { message = " Left back, 5 years " });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var application = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("pending", "Left back, 5 years", applicant.Id), (application.GetProperty("status").GetString(), application.GetProperty("message").GetString(), application.GetProperty("applicantId").GetGuid()));
        var location = response.Headers.Location!.ToString();
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(location, applicant.Token)).StatusCode);
    }

    [Fact]
    public async Task Only_the_applicant_and_the_captain_see_an_application_others_get_404()
    {
        var (team, captain, applicant, stranger) = await SetUpAsync();
        var member = await SignInNewUserAsync("member@example.com");
        await JoinAsync(team, captain, member);
        var application = await ApplyAsync(team, applicant);
        var path = $"{Teams}/{team}/applications/{application}";

        Assert.Equal(HttpStatusCode.OK, (await GetAsync(path, applicant.Token)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(path, captain.Token)).StatusCode);
        foreach (var other in new[] { member, stranger })
        {
            await AssertProblemAsync(await GetAsync(path, other.Token), HttpStatusCode.NotFound, "application_not_found");
            await AssertProblemAsync(await SendAsync(HttpMethod.Post, $"{path}/accept", other.Token), HttpStatusCode.NotFound, "application_not_found");
            await AssertProblemAsync(await SendAsync(HttpMethod.Post, $"{path}/withdraw", other.Token), HttpStatusCode.NotFound, "application_not_found");
        }

        var otherTeam = await CreateTeamAsync(captain.Token, "Union");
        await AssertProblemAsync(await GetAsync($"{Teams}/{otherTeam}/applications/{application}", captain.Token), HttpStatusCode.NotFound, "application_not_found");
    }

    [Fact]
    public async Task The_captain_lists_the_teams_applications_by_status_and_others_are_refused()
    {
        var (team, captain, applicant, stranger) = await SetUpAsync();
        var second = await SignInNewUserAsync("second@example.com");
        var first = await ApplyAsync(team, applicant);
        await ApplyAsync(team, second);
        (await SendAsync(HttpMethod.Post, $"{Teams}/{team}/applications/{first}/reject", captain.Token)).EnsureSuccessStatusCode();

        var pending = await (await GetAsync($"{Teams}/{team}/applications?status=pending", captain.Token)).Content.ReadFromJsonAsync<JsonElement>();
        var all = await (await GetAsync($"{Teams}/{team}/applications", captain.Token)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(second.Id, Assert.Single(pending.GetProperty("items").EnumerateArray()).GetProperty("applicantId").GetGuid());
        Assert.Equal(["pending", "rejected"], all.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("status").GetString()));
        await AssertProblemAsync(await GetAsync($"{Teams}/{team}/applications", applicant.Token), HttpStatusCode.Forbidden, "team_permission_denied");
        await AssertProblemAsync(await GetAsync($"{Teams}/{team}/applications", stranger.Token), HttpStatusCode.Forbidden, "team_permission_denied");
        Assert.Contains("status", (await Problem.ReadAsync(await GetAsync($"{Teams}/{team}/applications?status=lost", captain.Token), HttpStatusCode.BadRequest)).Errors.Keys);
    }

    [Fact]
    public async Task A_player_lists_their_own_applications_across_teams()
    {
        var (team, captain, applicant, stranger) = await SetUpAsync();
        var otherTeam = await CreateTeamAsync(captain.Token, "Union");
        await ApplyAsync(team, applicant);
        await ApplyAsync(otherTeam, applicant);
        await ApplyAsync(team, stranger);

        var mine = await (await GetAsync("/api/v1/players/me/applications", applicant.Token)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal([otherTeam, team], mine.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("teamId").GetGuid()));
    }

    [Fact]
    public async Task Accepting_puts_the_applicant_on_the_roster()
    {
        var (team, captain, applicant, _) = await SetUpAsync();
        var application = await ApplyAsync(team, applicant);

        var response = await SendAsync(HttpMethod.Post, $"{Teams}/{team}/applications/{application}/accept", captain.Token);

        Assert.Equal("accepted", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        var player = await (await GetAsync($"/api/v1/players/{applicant.Id}", captain.Token)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(team, Assert.Single(player.GetProperty("teams").EnumerateArray()).GetProperty("id").GetGuid());
        await AssertProblemAsync(await SendAsync(HttpMethod.Post, $"{Teams}/{team}/applications/{application}/reject", captain.Token), HttpStatusCode.Conflict, "application_not_pending");
        await AssertProblemAsync(await SendAsync(HttpMethod.Post, $"{Teams}/{team}/applications", applicant.Token), HttpStatusCode.Conflict, "already_member");
    }

    [Fact]
    public async Task Only_the_captain_decides_and_only_the_applicant_withdraws()
    {
        var (team, captain, applicant, _) = await SetUpAsync();
        var application = await ApplyAsync(team, applicant);
        var path = $"{Teams}/{team}/applications/{application}";

        await AssertProblemAsync(await SendAsync(HttpMethod.Post, $"{path}/accept", applicant.Token), HttpStatusCode.Forbidden, "team_permission_denied");
        await AssertProblemAsync(await SendAsync(HttpMethod.Post, $"{path}/withdraw", captain.Token), HttpStatusCode.Forbidden, "application_permission_denied");
        var withdrawn = await SendAsync(HttpMethod.Post, $"{path}/withdraw", applicant.Token);

        Assert.Equal("withdrawn", (await withdrawn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Created, (await SendAsync(HttpMethod.Post, $"{Teams}/{team}/applications", applicant.Token)).StatusCode);
    }

    [Fact]
    public async Task A_second_pending_application_and_a_closed_team_are_409s()
    {
        var (team, captain, applicant, stranger) = await SetUpAsync();
        var closed = await CreateTeamAsync(captain.Token, "Closed", recruiting: false);
        await ApplyAsync(team, applicant);

        await AssertProblemAsync(await SendAsync(HttpMethod.Post, $"{Teams}/{team}/applications", applicant.Token), HttpStatusCode.Conflict, "application_already_pending");
        await AssertProblemAsync(await SendAsync(HttpMethod.Post, $"{Teams}/{closed}/applications", stranger.Token), HttpStatusCode.Conflict, "team_not_recruiting");
        await AssertProblemAsync(await SendAsync(HttpMethod.Post, $"{Teams}/{Guid.CreateVersion7()}/applications", stranger.Token), HttpStatusCode.NotFound, "team_not_found");
    }

    [Fact]
    public async Task Applications_sent_at_once_leave_one_pending_and_409s()
    {
        var (team, _, applicant, _) = await SetUpAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => SendAsync(HttpMethod.Post, $"{Teams}/{team}/applications", applicant.Token)));

        Assert.Single(responses, response => response.StatusCode == HttpStatusCode.Created);
        foreach (var refused in responses.Where(response => response.StatusCode != HttpStatusCode.Created))
        {
            await AssertProblemAsync(refused, HttpStatusCode.Conflict, "application_already_pending");
        }
    }

    [Fact]
    public async Task A_rejected_player_waits_seven_days_and_is_told_from_when()
    {
        var (team, captain, applicant, _) = await SetUpAsync();
        var application = await ApplyAsync(team, applicant);
        (await SendAsync(HttpMethod.Post, $"{Teams}/{team}/applications/{application}/reject", captain.Token)).EnsureSuccessStatusCode();
        var rejectedAt = await InDatabaseAsync(database => database.Set<TeamApplication>().Where(stored => stored.Id == application).Select(stored => stored.DecidedAt).SingleAsync());

        var again = await SendAsync(HttpMethod.Post, $"{Teams}/{team}/applications", applicant.Token);

        var problem = await again.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("reapply_cooldown", problem.GetProperty("code").GetString());
        Assert.Equal(rejectedAt!.Value.AddDays(7), problem.GetProperty("retryAfter").GetDateTimeOffset());
        await SqlAsync($"UPDATE team_applications SET decided_at = decided_at - interval '7 days' WHERE id = '{application}'");
        Assert.Equal(HttpStatusCode.Created, (await SendAsync(HttpMethod.Post, $"{Teams}/{team}/applications", applicant.Token)).StatusCode);
    }

    [Fact]
    public async Task Accepting_into_a_full_roster_is_409_and_the_application_stays_pending()
    {
        var captain = await SignInNewUserAsync();
        var applicant = await SignInNewUserAsync("applicant@example.com");
        var team = await CreateTeamAsync(captain.Token, "Duo", rosterLimit: 1);
        var application = await ApplyAsync(team, applicant);

        await AssertProblemAsync(await SendAsync(HttpMethod.Post, $"{Teams}/{team}/applications/{application}/accept", captain.Token), HttpStatusCode.Conflict, "roster_full");
        Assert.Equal(ApplicationStatus.Pending, await InDatabaseAsync(database => database.Set<TeamApplication>().Where(stored => stored.Id == application).Select(stored => stored.Status).SingleAsync()));
    }

    [Fact]
    public async Task Acceptances_at_once_into_the_last_place_admit_one_player()
    {
        var captain = await SignInNewUserAsync();
        var team = await CreateTeamAsync(captain.Token, "Trio", rosterLimit: 2);
        var applications = new List<Guid>();
        for (var index = 0; index < 3; index++)
        {
            applications.Add(await ApplyAsync(team, await SignInNewUserAsync($"player{index}@example.com")));
        }

        var responses = await Task.WhenAll(applications.Select(application => SendAsync(HttpMethod.Post, $"{Teams}/{team}/applications/{application}/accept", captain.Token)));

        Assert.Single(responses, response => response.StatusCode == HttpStatusCode.OK);
        Assert.All(responses.Where(response => response.StatusCode != HttpStatusCode.OK), response =>
            Assert.True(response.StatusCode is HttpStatusCode.Conflict or HttpStatusCode.PreconditionFailed, response.StatusCode.ToString()));
        Assert.Equal(2, await ScalarAsync<long>("SELECT count(*) FROM team_members"));
        Assert.Equal(1, await ScalarAsync<long>("SELECT count(*) FROM team_applications WHERE status = 'Accepted'"));
    }

    [Fact]
    public async Task A_message_with_a_NUL_or_too_long_is_a_400()
    {
        var (team, _, applicant, _) = await SetUpAsync();

        await AssertProblemAsync(await SendRawAsync(HttpMethod.Post, $"{Teams}/{team}/applications", applicant.Token, "{\"message\":\"hi\\u0000\"}"), HttpStatusCode.BadRequest, "invalid_characters");
        Assert.Contains("message", (await Problem.ReadAsync(await SendAsync(HttpMethod.Post, $"{Teams}/{team}/applications", applicant.Token, new { message = new string('x', 1001) }), HttpStatusCode.BadRequest)).Errors.Keys);
        Assert.Equal(0, await ScalarAsync<long>("SELECT count(*) FROM team_applications"));
    }

    [Fact]
    public async Task The_captain_is_told_of_an_application_and_the_applicant_of_the_decision_in_their_language()
    {
        var (team, captain, applicant, _) = await SetUpAsync();
        (await SendAsync(HttpMethod.Patch, "/api/v1/users/me", applicant.Token, new { locale = "ru" })).EnsureSuccessStatusCode();

        var application = await ApplyAsync(team, applicant);
        var received = await Factory.MailboxOf("ann@example.com").WaitForMailAsync();
        (await SendAsync(HttpMethod.Post, $"{Teams}/{team}/applications/{application}/accept", captain.Token)).EnsureSuccessStatusCode();
        var accepted = await Factory.MailboxOf("applicant@example.com").WaitForMailAsync();

        Assert.Equal("Ann wants to join Dynamo", received.Subject);
        Assert.Equal("Добро пожаловать в Dynamo", accepted.Subject);
        Assert.Contains("Ann принял(а) вашу заявку", accepted.TextBody, StringComparison.Ordinal);
        var inbox = await (await GetAsync("/api/v1/notifications", captain.Token)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("teams.application-received", Assert.Single(inbox.GetProperty("items").EnumerateArray()).GetProperty("type").GetString());
    }

    private async Task<(Guid Team, SignedInUser Captain, SignedInUser Applicant, SignedInUser Stranger)> SetUpAsync()
    {
        var captain = await SignInNewUserAsync();
        var applicant = await SignInNewUserAsync("applicant@example.com");
        var stranger = await SignInNewUserAsync("stranger@example.com");
        return (await CreateTeamAsync(captain.Token, "Dynamo"), captain, applicant, stranger);
    }
}
