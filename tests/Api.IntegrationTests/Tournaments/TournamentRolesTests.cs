using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Api.IntegrationTests.Support;

namespace Platform.Api.IntegrationTests.Tournaments;

/// <summary>
/// Every tournament route, and every route of a tournament's match, called by each role: the organiser, a captain and a
/// member of an entered team, a moderator and a stranger. Each table row is a call and what every role that may not
/// make it gets; the organiser (or the captain the route is for) then makes it, so a refusal is never a broken route.
/// </summary>
public sealed class TournamentRolesTests(PlatformApiFactory factory) : TournamentsApiTest(factory)
{
    [Fact]
    public async Task Before_the_start_only_organisers_run_the_tournament_and_only_they_and_the_sender_see_an_application()
    {
        var cast = await CastAsync();
        var (organiser, tournament) = (cast.Organiser, cast.Tournament);
        var outsiders = cast.Outsiders();
        var etag = (await GetAsync($"{Tournaments}/{tournament}", organiser.Token)).Headers.ETag!.Tag;
        var refusals = new Refusals();

        foreach (var (role, user) in cast.Everyone())
        {
            Assert.Equal(HttpStatusCode.OK, (await GetAsync($"{Tournaments}/{tournament}", user.Token)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await GetAsync($"{Tournaments}?city=Berlin", user.Token)).StatusCode);
            var entries = (await JsonAsync(await GetAsync($"{Tournaments}/{tournament}/entries", user.Token))).EnumerateArray()
                .Select(entry => entry.GetProperty("id").GetGuid()).ToList();
            var seesApplication = role is "organiser" || user == cast.PendingCaptain;
            Assert.True(entries.Contains(cast.PendingEntry) == seesApplication, $"{role} {(seesApplication ? "does not see" : "sees")} a pending application");
            Assert.Contains(cast.Entry, entries);
        }

        Assert.Contains(cast.PendingEntry, (await JsonAsync(await GetAsync($"{Tournaments}/{tournament}/entries", cast.PendingCaptain.Token))).EnumerateArray().Select(entry => entry.GetProperty("id").GetGuid()));
        var update = new { name = "Autumn Cup", city = "Berlin", settings = new { format = "single_elimination" } };
        await refusals.CheckAsync(outsiders, user => SendAsync(HttpMethod.Put, $"{Tournaments}/{tournament}", user.Token, update, etag), "PUT /{id}");
        await refusals.CheckAsync(outsiders, user => SendAsync(HttpMethod.Delete, $"{Tournaments}/{tournament}", user.Token), "DELETE /{id}");
        await refusals.CheckAsync(outsiders, user => SendAsync(HttpMethod.Post, $"{Tournaments}/{tournament}/cancel", user.Token), "POST /{id}/cancel");
        await refusals.CheckAsync(outsiders, user => SendAsync(HttpMethod.Post, $"{Tournaments}/{tournament}/organisers", user.Token, new { userId = user.Id }), "POST /{id}/organisers");
        await refusals.CheckAsync(outsiders, user => SendAsync(HttpMethod.Delete, $"{Tournaments}/{tournament}/organisers/{organiser.Id}", user.Token), "DELETE /{id}/organisers/{userId}");
        await refusals.CheckAsync(outsiders, user => SendAsync(HttpMethod.Post, $"{Tournaments}/{tournament}/registration", user.Token), "POST /{id}/registration");
        await refusals.CheckAsync(outsiders, user => SendAsync(HttpMethod.Post, $"{Tournaments}/{tournament}/entries/{cast.PendingEntry}/accept", user.Token), "POST /entries/{id}/accept");
        await refusals.CheckAsync(outsiders, user => SendAsync(HttpMethod.Post, $"{Tournaments}/{tournament}/entries/{cast.PendingEntry}/reject", user.Token), "POST /entries/{id}/reject");
        await refusals.CheckAsync(outsiders, user => SendAsync(HttpMethod.Put, $"{Tournaments}/{tournament}/seeds", user.Token, new { entryIds = new[] { cast.OtherEntry, cast.Entry } }), "PUT /{id}/seeds");
        await refusals.CheckAsync(outsiders, user => SendAsync(HttpMethod.Post, $"{Tournaments}/{tournament}/seeds/randomize", user.Token), "POST /{id}/seeds/randomize");
        await refusals.CheckAsync(outsiders, user => SendAsync(HttpMethod.Post, $"{Tournaments}/{tournament}/start", user.Token), "POST /{id}/start");
        await refusals.CheckAsync(outsiders, user => SendAsync(HttpMethod.Post, $"{Tournaments}/{tournament}/rounds/next", user.Token), "POST /{id}/rounds/next");
        await refusals.CheckAsync(cast.Except("organiser", "captain"), user => SendAsync(HttpMethod.Post, $"{Tournaments}/{tournament}/entries/{cast.Entry}/withdraw", user.Token), "POST /entries/{id}/withdraw");
        await refusals.CheckAsync(cast.Everyone(), user => SendAsync(HttpMethod.Post, $"{Tournaments}/{tournament}/entries", user.Token, new { teamId = cast.SpareTeam }), "POST /{id}/entries (another's team)");
        refusals.AssertNone();

        // What was refused to the others works for the organiser, and for a captain their own team's entry.
        Assert.Equal(HttpStatusCode.Created, (await SendAsync(HttpMethod.Post, $"{Tournaments}/{tournament}/entries", cast.SpareCaptain.Token, new { teamId = cast.SpareTeam })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(HttpMethod.Post, $"{Tournaments}/{tournament}/entries/{cast.PendingEntry}/reject", organiser.Token)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(HttpMethod.Put, $"{Tournaments}/{tournament}/seeds", organiser.Token, new { entryIds = new[] { cast.OtherEntry, cast.Entry } })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(HttpMethod.Post, $"{Tournaments}/{tournament}/organisers", organiser.Token, new { userId = cast.Moderator.Id })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(HttpMethod.Post, $"{Tournaments}/{tournament}/start", cast.Moderator.Token)).StatusCode);
    }

    [Fact]
    public async Task In_a_tournament_match_captains_report_organisers_decide_and_the_teams_and_organisers_read_reports()
    {
        var cast = await CastAsync();
        (await SendAsync(HttpMethod.Post, $"{Tournaments}/{cast.Tournament}/start", cast.Organiser.Token)).EnsureSuccessStatusCode();
        var final = (await JsonAsync(await GetAsync($"{Tournaments}/{cast.Tournament}/matches", cast.Stranger.Token))).GetProperty("items").EnumerateArray().Single();
        var match = $"{Matches}/{final.GetProperty("id").GetGuid()}";
        var home = final.GetProperty("homeTeamId").GetGuid();
        var result = home == cast.Team ? new { homeScore = 2, awayScore = 1 } : new { homeScore = 1, awayScore = 2 };
        var refusals = new Refusals();

        await refusals.CheckAsync(cast.Except("captain", "other captain"), user => SendAsync(HttpMethod.Post, $"{match}/reports", user.Token, result), "POST /matches/{id}/reports", HttpStatusCode.Forbidden, "match_permission_denied");
        await refusals.CheckAsync(cast.Except("captain", "member", "other captain", "organiser"), user => SendAsync(HttpMethod.Get, $"{match}/history", user.Token), "GET /matches/{id}/history", HttpStatusCode.NotFound, "match_not_found");
        (await SendAsync(HttpMethod.Post, $"{match}/reports", cast.Captain.Token, result)).EnsureSuccessStatusCode();
        foreach (var (role, user) in cast.Everyone())
        {
            var seen = await JsonAsync(await GetAsync(match, user.Token));
            var readsReport = role is "organiser" or "captain" or "member" or "other captain";
            Assert.True((seen.GetProperty("report").ValueKind == JsonValueKind.Object) == readsReport, $"{role} {(readsReport ? "does not read" : "reads")} the report");
            Assert.Equal(readsReport ? HttpStatusCode.OK : HttpStatusCode.NotFound, (await GetAsync($"{match}/history", user.Token)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await GetAsync($"{Tournaments}/{cast.Tournament}/bracket", user.Token)).StatusCode);
            await AssertProblemAsync(await GetAsync($"{Tournaments}/{cast.Tournament}/standings", user.Token), HttpStatusCode.Conflict, "tournament_has_no_standings");
        }

        foreach (var (route, body) in new[] { ("confirm", (object?)null), ("dispute", new { reason = "Not so" }) })
        {
            await refusals.CheckAsync(cast.Except("other captain", "captain"), user => SendAsync(HttpMethod.Post, $"{match}/{route}", user.Token, body), $"POST /matches/{{id}}/{route}", HttpStatusCode.Forbidden, "match_permission_denied");
            await refusals.CheckAsync([("captain", cast.Captain)], user => SendAsync(HttpMethod.Post, $"{match}/{route}", user.Token, body), $"POST /matches/{{id}}/{route}", HttpStatusCode.Forbidden, "match_own_report");
        }

        var decision = new { result.homeScore, result.awayScore, reason = "The referee's sheet" };
        await refusals.CheckAsync(cast.Except("organiser"), user => SendAsync(HttpMethod.Post, $"{match}/decision", user.Token, decision), "POST /matches/{id}/decision", HttpStatusCode.Forbidden, "match_permission_denied");
        await refusals.CheckAsync(cast.Except("organiser"), user => SendAsync(HttpMethod.Post, $"{match}/forfeit", user.Token, new { teamIds = new[] { cast.Team } }), "POST /matches/{id}/forfeit", HttpStatusCode.Forbidden, "match_permission_denied");
        // A tournament's match is never cancelled by itself: its captains are told why, the others that it is not theirs.
        await refusals.CheckAsync(cast.Except("captain", "other captain"), user => SendAsync(HttpMethod.Post, $"{match}/cancel", user.Token), "POST /matches/{id}/cancel", HttpStatusCode.Forbidden, "match_permission_denied");
        await refusals.CheckAsync(cast.Except("organiser", "member", "moderator", "stranger"), user => SendAsync(HttpMethod.Post, $"{match}/cancel", user.Token), "POST /matches/{id}/cancel", HttpStatusCode.Conflict, "match_not_cancellable");
        await refusals.CheckAsync(cast.Except("organiser", "captain"), user => SendAsync(HttpMethod.Post, $"{Tournaments}/{cast.Tournament}/entries/{cast.Entry}/withdraw", user.Token), "POST /entries/{id}/withdraw after the start");
        (await SendAsync(HttpMethod.Post, $"{match}/dispute", cast.OtherCaptain.Token, new { reason = "Not so" })).EnsureSuccessStatusCode();
        (await SendAsync(HttpMethod.Post, $"{match}/decision", cast.Organiser.Token, decision)).EnsureSuccessStatusCode();
        var version = (await GetAsync(match, cast.Organiser.Token)).Headers.ETag!.Tag;
        var revision = new { homeScore = result.homeScore + 1, result.awayScore, reason = "A goal was missed off the sheet" };
        await refusals.CheckAsync(cast.Except("organiser"), user => SendAsync(HttpMethod.Patch, $"{match}/result", user.Token, revision, version), "PATCH /matches/{id}/result", HttpStatusCode.Forbidden, "match_permission_denied");
        refusals.AssertNone();

        Assert.Equal(HttpStatusCode.OK, (await SendAsync(HttpMethod.Patch, $"{match}/result", cast.Organiser.Token, revision, version)).StatusCode);
        Assert.Equal("completed", (await JsonAsync(await GetAsync($"{Tournaments}/{cast.Tournament}", cast.Stranger.Token))).GetProperty("state").GetString());
    }

    /// <summary>
    /// A tournament in registration: the captain's team (with a member) and another team accepted, a third team's entry
    /// pending, and a spare team not entered.
    /// </summary>
    private async Task<Cast> CastAsync()
    {
        var organiser = await SignInNewUserAsync("organiser@example.com");
        var tournament = await CreateTournamentAsync(organiser.Token, new { format = "single_elimination" });
        (await SendAsync(HttpMethod.Post, $"{Tournaments}/{tournament}/registration", organiser.Token)).EnsureSuccessStatusCode();
        var (captain, member, otherCaptain, pendingCaptain) = (await SignInNewUserAsync("captain@example.com"), await SignInNewUserAsync("member@example.com"),
            await SignInNewUserAsync("other@example.com"), await SignInNewUserAsync("pending@example.com"));
        var team = await CreateTeamAsync(captain.Token, "Captains");
        await JoinAsync(team, captain, member);
        var spareCaptain = await SignInNewUserAsync("spare@example.com");
        var spareTeam = await CreateTeamAsync(spareCaptain.Token, "Spare");
        var otherTeam = await CreateTeamAsync(otherCaptain.Token, "Others");
        var entry = await EnterAsync(tournament, team, captain);
        var otherEntry = await EnterAsync(tournament, otherTeam, otherCaptain);
        var pendingEntry = await EnterAsync(tournament, await CreateTeamAsync(pendingCaptain.Token, "Pending"), pendingCaptain);
        foreach (var accepted in new[] { entry, otherEntry })
        {
            (await SendAsync(HttpMethod.Post, $"{Tournaments}/{tournament}/entries/{accepted}/accept", organiser.Token)).EnsureSuccessStatusCode();
        }

        return new Cast(tournament, organiser, captain, member, otherCaptain, pendingCaptain, await SignInWithRoleAsync("moderator@example.com", "moderator"),
            await SignInNewUserAsync("stranger@example.com"), team, spareCaptain, spareTeam, entry, otherEntry, pendingEntry);
    }

    private sealed record Cast(
        Guid Tournament, SignedInUser Organiser, SignedInUser Captain, SignedInUser Member, SignedInUser OtherCaptain, SignedInUser PendingCaptain,
        SignedInUser Moderator, SignedInUser Stranger, Guid Team, SignedInUser SpareCaptain, Guid SpareTeam, Guid Entry, Guid OtherEntry, Guid PendingEntry)
    {
        public IReadOnlyList<(string Role, SignedInUser User)> Everyone() =>
            [("organiser", Organiser), ("captain", Captain), ("member", Member), ("other captain", OtherCaptain), ("moderator", Moderator), ("stranger", Stranger)];

        /// <summary>Everyone who neither organises nor plays: the ones a tournament's running is refused to.</summary>
        public List<(string Role, SignedInUser User)> Outsiders() => Except("organiser");

        public List<(string Role, SignedInUser User)> Except(params string[] roles) =>
            Everyone().Where(member => !roles.Contains(member.Role)).ToList();
    }

    /// <summary>Collects every refusal that was not as expected, so one run shows the whole table.</summary>
    private sealed class Refusals
    {
        private readonly List<string> _unexpected = [];

        public async Task CheckAsync(
            IEnumerable<(string Role, SignedInUser User)> roles, Func<SignedInUser, Task<HttpResponseMessage>> call, string route,
            HttpStatusCode status = HttpStatusCode.Forbidden, string code = "tournament_permission_denied")
        {
            foreach (var (role, user) in roles)
            {
                var response = await call(user);
                var body = await response.Content.ReadAsStringAsync();
                var actualCode = response.Content.Headers.ContentType?.MediaType == "application/problem+json"
                    ? JsonDocument.Parse(body).RootElement.TryGetProperty("code", out var found) ? found.GetString() : null
                    : null;
                if (response.StatusCode != status || actualCode != code)
                {
                    _unexpected.Add($"{route} by {role}: {(int)response.StatusCode} {actualCode}, expected {(int)status} {code}");
                }
            }
        }

        public void AssertNone() => Assert.True(_unexpected.Count == 0, string.Join(Environment.NewLine, _unexpected));
    }
}
