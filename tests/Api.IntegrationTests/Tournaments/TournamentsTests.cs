using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Api.IntegrationTests.Support;

namespace Platform.Api.IntegrationTests.Tournaments;

/// <summary>Tournaments' life before the first match: create, read, list, change, delete and cancel, and who may.</summary>
public sealed class TournamentsTests(PlatformApiFactory factory) : TournamentsApiTest(factory)
{
    private static readonly string[] HeadToHeadThenBuchholz = ["head_to_head", "buchholz"];

    [Fact]
    public async Task An_organiser_creates_a_draft_with_its_settings_and_everyone_reads_it()
    {
        var organiser = await SignInNewUserAsync("organiser@example.com");
        var stranger = await SignInNewUserAsync("stranger@example.com");

        var created = await SendAsync(HttpMethod.Post, Tournaments, organiser.Token, new
        {
            name = "  Autumn Cup ", sport = "football", city = "Berlin",
            settings = new { format = "swiss", capacity = 32, rounds = 5, minimumRoster = 5, confirmationWindowHours = 48, points = new { win = 2, draw = 1, loss = 0, bye = 2 }, tieBreaks = HeadToHeadThenBuchholz },
        });
        var read = await GetAsync(created.Headers.Location!.ToString(), stranger.Token);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var tournament = await JsonAsync(read);
        Assert.Equal(("Autumn Cup", "draft", "swiss", 5, 48), (tournament.GetProperty("name").GetString(), tournament.GetProperty("state").GetString(),
            tournament.GetProperty("settings").GetProperty("format").GetString(), tournament.GetProperty("settings").GetProperty("rounds").GetInt32(),
            tournament.GetProperty("settings").GetProperty("confirmationWindowHours").GetInt32()));
        Assert.Equal(2m, tournament.GetProperty("settings").GetProperty("points").GetProperty("win").GetDecimal());
        Assert.Equal(HeadToHeadThenBuchholz, tournament.GetProperty("settings").GetProperty("tieBreaks").EnumerateArray().Select(name => name.GetString()));
        Assert.Equal([organiser.Id], tournament.GetProperty("organiserIds").EnumerateArray().Select(id => id.GetGuid()));
        Assert.Equal("\"1\"", read.Headers.ETag!.Tag);
    }

    [Fact]
    public async Task Settings_that_do_not_fit_the_format_are_refused_with_their_codes()
    {
        var organiser = await SignInNewUserAsync("organiser@example.com");

        async Task<HttpResponseMessage> CreateAsync(object settings, string sport = "football") =>
            await SendAsync(HttpMethod.Post, Tournaments, organiser.Token, new { name = "Cup", sport, city = "Berlin", settings });

        Assert.Contains("settings.rounds", (await Problem.ReadAsync(await CreateAsync(new { format = "swiss" }), HttpStatusCode.BadRequest)).Errors.Keys, StringComparer.OrdinalIgnoreCase);
        await AssertProblemAsync(await CreateAsync(new { format = "swiss", rounds = 8, capacity = 8 }), HttpStatusCode.UnprocessableEntity, "swiss_rounds_too_many");
        Assert.Contains("settings.thirdPlaceMatch", (await Problem.ReadAsync(await CreateAsync(new { format = "round_robin", thirdPlaceMatch = true }), HttpStatusCode.BadRequest)).Errors.Keys, StringComparer.OrdinalIgnoreCase);
        Assert.Contains("settings.format", (await Problem.ReadAsync(await CreateAsync(new { format = "ladder" }), HttpStatusCode.BadRequest)).Errors.Keys, StringComparer.OrdinalIgnoreCase);
        Assert.Contains("settings.capacity", (await Problem.ReadAsync(await CreateAsync(new { format = "round_robin", capacity = 1025 }), HttpStatusCode.BadRequest)).Errors.Keys, StringComparer.OrdinalIgnoreCase);
        Assert.Contains("settings.points", (await Problem.ReadAsync(await CreateAsync(new { format = "round_robin", points = new { win = 0, draw = 1, loss = 0, bye = 0 } }), HttpStatusCode.BadRequest)).Errors.Keys, StringComparer.OrdinalIgnoreCase);
        await AssertProblemAsync(await CreateAsync(new { format = "round_robin" }, sport: "curling"), HttpStatusCode.BadRequest, "validation_failed");
        Assert.Equal(0, await ScalarAsync<long>("SELECT count(*) FROM tournaments"));
    }

    [Fact]
    public async Task Only_organisers_change_it_with_If_Match_and_only_before_the_start()
    {
        var organiser = await SignInNewUserAsync("organiser@example.com");
        var stranger = await SignInNewUserAsync("stranger@example.com");
        var tournament = await CreateTournamentAsync(organiser.Token, new { format = "single_elimination" });
        var change = new { name = "Renamed Cup", city = "Hamburg", settings = new { format = "single_elimination", thirdPlaceMatch = true, capacity = 8 } };

        var withoutIfMatch = await SendAsync(HttpMethod.Put, $"{Tournaments}/{tournament}", organiser.Token, change);
        var byStranger = await SendAsync(HttpMethod.Put, $"{Tournaments}/{tournament}", stranger.Token, change, ifMatch: "\"1\"");
        var changed = await SendAsync(HttpMethod.Put, $"{Tournaments}/{tournament}", organiser.Token, change, ifMatch: "\"1\"");
        var stale = await SendAsync(HttpMethod.Put, $"{Tournaments}/{tournament}", organiser.Token, change, ifMatch: "\"1\"");

        Assert.Equal(HttpStatusCode.PreconditionRequired, withoutIfMatch.StatusCode);
        await AssertProblemAsync(byStranger, HttpStatusCode.Forbidden, "tournament_permission_denied");
        var body = await JsonAsync(changed);
        Assert.Equal(("Renamed Cup", "Hamburg", true, "\"2\""), (body.GetProperty("name").GetString(), body.GetProperty("city").GetString(),
            body.GetProperty("settings").GetProperty("thirdPlaceMatch").GetBoolean(), changed.Headers.ETag!.Tag));
        await AssertProblemAsync(stale, HttpStatusCode.PreconditionFailed, "precondition_failed");
        await AssertProblemAsync(await SendAsync(HttpMethod.Put, $"{Tournaments}/{Guid.CreateVersion7()}", organiser.Token, change, ifMatch: "\"1\""), HttpStatusCode.NotFound, "tournament_not_found");
    }

    [Fact]
    public async Task Lists_filter_by_sport_city_state_and_format()
    {
        var organiser = await SignInNewUserAsync("organiser@example.com");
        var swiss = await CreateTournamentAsync(organiser.Token, new { format = "swiss", rounds = 3 }, name: "Swiss Open");
        await CreateTournamentAsync(organiser.Token, new { format = "round_robin" }, name: "League", sport: "basketball");
        (await SendAsync(HttpMethod.Post, $"{Tournaments}/{swiss}/registration", organiser.Token)).EnsureSuccessStatusCode();

        async Task<List<string>> NamesAsync(string query) =>
            [.. (await JsonAsync(await GetAsync($"{Tournaments}?{query}", organiser.Token))).GetProperty("items").EnumerateArray().Select(item => item.GetProperty("name").GetString()!)];

        Assert.Equal(["Swiss Open"], await NamesAsync("format=swiss"));
        Assert.Equal(["League"], await NamesAsync("sport=basketball"));
        Assert.Equal(["Swiss Open"], await NamesAsync("state=registration&city=BERLIN"));
        Assert.Empty(await NamesAsync("city=Hamburg"));
        await AssertProblemAsync(await GetAsync($"{Tournaments}?state=running", organiser.Token), HttpStatusCode.BadRequest, "validation_failed");
    }

    [Fact]
    public async Task A_tournament_is_deleted_before_its_start_and_cancelled_after()
    {
        var organiser = await SignInNewUserAsync("organiser@example.com");
        var draft = await CreateTournamentAsync(organiser.Token, new { format = "round_robin" });
        var field = await FieldAsync(organiser, 2, new { format = "single_elimination" });
        await StartAsync(field);
        var stranger = await SignInNewUserAsync("stranger@example.com");

        await AssertProblemAsync(await SendAsync(HttpMethod.Delete, $"{Tournaments}/{draft}", stranger.Token), HttpStatusCode.Forbidden, "tournament_permission_denied");
        Assert.Equal(HttpStatusCode.NoContent, (await SendAsync(HttpMethod.Delete, $"{Tournaments}/{draft}", organiser.Token)).StatusCode);
        await AssertProblemAsync(await GetAsync($"{Tournaments}/{draft}", organiser.Token), HttpStatusCode.NotFound, "tournament_not_found");
        await AssertProblemAsync(await SendAsync(HttpMethod.Delete, $"{Tournaments}/{field.Tournament}", organiser.Token), HttpStatusCode.Conflict, "tournament_already_started");
        await AssertProblemAsync(await SendAsync(HttpMethod.Post, $"{Tournaments}/{field.Tournament}/cancel", stranger.Token), HttpStatusCode.Forbidden, "tournament_permission_denied");
        Assert.Equal("cancelled", (await JsonAsync(await SendAsync(HttpMethod.Post, $"{Tournaments}/{field.Tournament}/cancel", organiser.Token))).GetProperty("state").GetString());
        await AssertProblemAsync(await SendAsync(HttpMethod.Post, $"{Tournaments}/{field.Tournament}/cancel", organiser.Token), HttpStatusCode.Conflict, "tournament_finished");
        Assert.Equal(1, await ScalarAsync<long>("SELECT count(*) FROM matches"));
    }

    [Fact]
    public async Task Organisers_share_the_organising_and_a_new_organiser_may_act()
    {
        var organiser = await SignInNewUserAsync("organiser@example.com");
        var helper = await SignInNewUserAsync("helper@example.com");
        var tournament = await CreateTournamentAsync(organiser.Token, new { format = "round_robin" });

        var byHelperFirst = await SendAsync(HttpMethod.Post, $"{Tournaments}/{tournament}/registration", helper.Token);
        var added = await SendAsync(HttpMethod.Post, $"{Tournaments}/{tournament}/organisers", organiser.Token, new { userId = helper.Id });
        var again = await SendAsync(HttpMethod.Post, $"{Tournaments}/{tournament}/organisers", organiser.Token, new { userId = helper.Id });
        var unknown = await SendAsync(HttpMethod.Post, $"{Tournaments}/{tournament}/organisers", organiser.Token, new { userId = Guid.CreateVersion7() });
        var byHelper = await SendAsync(HttpMethod.Post, $"{Tournaments}/{tournament}/registration", helper.Token);

        await AssertProblemAsync(byHelperFirst, HttpStatusCode.Forbidden, "tournament_permission_denied");
        Assert.Equal(2, (await JsonAsync(added)).GetProperty("organiserIds").GetArrayLength());
        Assert.Equal(2, (await JsonAsync(again)).GetProperty("organiserIds").GetArrayLength());
        await AssertProblemAsync(unknown, HttpStatusCode.UnprocessableEntity, "organiser_not_found");
        Assert.Equal("registration", (await JsonAsync(byHelper)).GetProperty("state").GetString());
    }

    [Fact]
    public async Task An_organiser_takes_another_off_or_leaves_and_the_last_one_stays()
    {
        var organiser = await SignInNewUserAsync("organiser@example.com");
        var helper = await SignInNewUserAsync("helper@example.com");
        var stranger = await SignInNewUserAsync("stranger@example.com");
        var tournament = await CreateTournamentAsync(organiser.Token, new { format = "round_robin" });
        (await SendAsync(HttpMethod.Post, $"{Tournaments}/{tournament}/organisers", organiser.Token, new { userId = helper.Id })).EnsureSuccessStatusCode();

        var byStranger = await SendAsync(HttpMethod.Delete, $"{Tournaments}/{tournament}/organisers/{helper.Id}", stranger.Token);
        var notOrganising = await SendAsync(HttpMethod.Delete, $"{Tournaments}/{tournament}/organisers/{stranger.Id}", organiser.Token);
        var removed = await SendAsync(HttpMethod.Delete, $"{Tournaments}/{tournament}/organisers/{helper.Id}", organiser.Token);
        var byRemoved = await SendAsync(HttpMethod.Post, $"{Tournaments}/{tournament}/registration", helper.Token);
        var last = await SendAsync(HttpMethod.Delete, $"{Tournaments}/{tournament}/organisers/{organiser.Id}", organiser.Token);
        (await SendAsync(HttpMethod.Post, $"{Tournaments}/{tournament}/organisers", organiser.Token, new { userId = helper.Id })).EnsureSuccessStatusCode();
        var left = await SendAsync(HttpMethod.Delete, $"{Tournaments}/{tournament}/organisers/{organiser.Id}", organiser.Token);

        await AssertProblemAsync(byStranger, HttpStatusCode.Forbidden, "tournament_permission_denied");
        Assert.Equal((HttpStatusCode.NoContent, HttpStatusCode.NoContent), (notOrganising.StatusCode, removed.StatusCode));
        await AssertProblemAsync(byRemoved, HttpStatusCode.Forbidden, "tournament_permission_denied");
        await AssertProblemAsync(last, HttpStatusCode.Conflict, "last_organiser");
        Assert.Equal(HttpStatusCode.NoContent, left.StatusCode);
        var now = await JsonAsync(await GetAsync($"{Tournaments}/{tournament}", stranger.Token));
        Assert.Equal([helper.Id], now.GetProperty("organiserIds").EnumerateArray().Select(id => id.GetGuid()));
        await AssertProblemAsync(await SendAsync(HttpMethod.Delete, $"{Tournaments}/{Guid.CreateVersion7()}/organisers/{helper.Id}", helper.Token), HttpStatusCode.NotFound, "tournament_not_found");
    }
}
