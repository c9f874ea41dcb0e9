using System.Net.Http.Json;
using System.Text.Json;
using Platform.Api.IntegrationTests.Support;
using Platform.Api.IntegrationTests.Teams;

namespace Platform.Api.IntegrationTests.Tournaments;

/// <summary>Base of the Tournaments API tests: a field of teams entered and accepted, and matches played the way captains play them.</summary>
public abstract class TournamentsApiTest(PlatformApiFactory factory) : TeamsApiTest(factory)
{
    protected const string Tournaments = "/api/v1/tournaments";
    protected const string Matches = "/api/v1/matches";

    protected async Task<Guid> CreateTournamentAsync(string token, object settings, string name = "Spring Cup", string sport = "football")
    {
        var response = await SendAsync(HttpMethod.Post, Tournaments, token, new { name, sport, city = "Berlin", settings });
        response.EnsureSuccessStatusCode();
        return await IdOfAsync(response);
    }

    /// <summary>
    /// A tournament with registration open and <paramref name="teams"/> teams entered and accepted in order (so seed i
    /// is the i-th team), each with its own captain.
    /// </summary>
    protected async Task<Field> FieldAsync(SignedInUser organiser, int teams, object settings, string captains = "captain")
    {
        var tournament = await CreateTournamentAsync(organiser.Token, settings);
        (await SendAsync(HttpMethod.Post, $"{Tournaments}/{tournament}/registration", organiser.Token)).EnsureSuccessStatusCode();
        var captainOf = new Dictionary<Guid, SignedInUser>();
        var seeds = new List<Guid>();
        for (var index = 1; index <= teams; index++)
        {
            var captain = await SignInNewUserAsync($"{captains}{index}@example.com");
            var team = await CreateTeamAsync(captain.Token, $"{captains} {index}");
            var entry = await EnterAsync(tournament, team, captain);
            (await SendAsync(HttpMethod.Post, $"{Tournaments}/{tournament}/entries/{entry}/accept", organiser.Token)).EnsureSuccessStatusCode();
            captainOf[team] = captain;
            seeds.Add(team);
        }

        return new Field(tournament, organiser, seeds, captainOf);
    }

    protected async Task<Guid> EnterAsync(Guid tournament, Guid team, SignedInUser captain)
    {
        var entered = await SendAsync(HttpMethod.Post, $"{Tournaments}/{tournament}/entries", captain.Token, new { teamId = team });
        entered.EnsureSuccessStatusCode();
        return await IdOfAsync(entered);
    }

    protected async Task<JsonElement> StartAsync(Field field)
    {
        var started = await SendAsync(HttpMethod.Post, $"{Tournaments}/{field.Tournament}/start", field.Organiser.Token);
        started.EnsureSuccessStatusCode();
        return await started.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>The tournament's matches of a status, in bracket order (every page).</summary>
    protected async Task<List<JsonElement>> MatchesAsync(Field field, string? status = null)
    {
        var all = new List<JsonElement>();
        for (var page = 1; ; page++)
        {
            var body = await JsonAsync(await GetAsync($"{Tournaments}/{field.Tournament}/matches?pageSize=100&page={page}{(status is null ? string.Empty : $"&status={status}")}", field.Organiser.Token));
            all.AddRange(body.GetProperty("items").EnumerateArray());
            if (!body.GetProperty("hasNextPage").GetBoolean())
            {
                return all;
            }
        }
    }

    /// <summary>The home captain reports and the away captain confirms: the side named wins 2:1 (1:2 for away); null is 1:1.</summary>
    protected async Task<HttpResponseMessage> PlayAsync(Field field, JsonElement match, Guid? winner)
    {
        var (home, away) = (match.GetProperty("homeTeamId").GetGuid(), match.GetProperty("awayTeamId").GetGuid());
        var (homeScore, awayScore) = winner == home ? (2, 1) : winner == away ? (1, 2) : (1, 1);
        var id = match.GetProperty("id").GetGuid();
        (await SendAsync(HttpMethod.Post, $"{Matches}/{id}/reports", field.Captains[home].Token, new { homeScore, awayScore })).EnsureSuccessStatusCode();
        return await SendAsync(HttpMethod.Post, $"{Matches}/{id}/confirm", field.Captains[away].Token);
    }

    protected static Guid TeamOf(JsonElement match, string side) => match.GetProperty($"{side}TeamId").GetGuid();

    protected static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>A tournament and its field: the teams in seed order, and who captains each.</summary>
    protected sealed record Field(Guid Tournament, SignedInUser Organiser, IReadOnlyList<Guid> Seeds, IReadOnlyDictionary<Guid, SignedInUser> Captains)
    {
        public int SeedOf(Guid team) => Seeds.ToList().IndexOf(team) + 1;
    }
}
