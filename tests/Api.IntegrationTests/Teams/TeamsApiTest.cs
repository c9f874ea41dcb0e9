using System.Net.Http.Json;
using System.Text.Json;
using Platform.Api.IntegrationTests.Support;

namespace Platform.Api.IntegrationTests.Teams;

/// <summary>Base of the community API tests: creates teams, fills rosters and opens playgrounds the way clients do.</summary>
public abstract class TeamsApiTest(PlatformApiFactory factory) : ApiTest(factory)
{
    protected const string Teams = "/api/v1/teams";
    private static readonly string[] Football = ["football"];
    private static readonly string[] Days = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    protected async Task<Guid> CreateTeamAsync(string token, string name, string sport = "football", string city = "Berlin", bool recruiting = true, int? rosterLimit = null)
    {
        var response = await SendAsync(HttpMethod.Post, Teams, token, new { name, sport, city, recruiting, rosterLimit });
        response.EnsureSuccessStatusCode();
        return await IdOfAsync(response);
    }

    /// <summary>The player applies and the captain accepts.</summary>
    protected async Task JoinAsync(Guid teamId, SignedInUser captain, SignedInUser player)
    {
        var applicationId = await ApplyAsync(teamId, player);
        (await SendAsync(HttpMethod.Post, $"{Teams}/{teamId}/applications/{applicationId}/accept", captain.Token)).EnsureSuccessStatusCode();
    }

    protected async Task<Guid> ApplyAsync(Guid teamId, SignedInUser player)
    {
        var applied = await SendAsync(HttpMethod.Post, $"{Teams}/{teamId}/applications", player.Token);
        applied.EnsureSuccessStatusCode();
        return await IdOfAsync(applied);
    }

    /// <summary>A football playground in Berlin (Europe/Berlin) open 09:00-21:00 local time every day.</summary>
    protected async Task<Guid> PlaygroundAsync(string token, int pitches)
    {
        var response = await SendAsync(HttpMethod.Post, "/api/v1/playgrounds", token, new
        {
            name = "Park", address = "Hauptstr. 1", city = "Berlin", latitude = 52.52, longitude = 13.4, sports = Football,
            surface = "asphalt", pitches, timeZone = "Europe/Berlin",
            openingHours = Days.Select(day => new { day, opens = "09:00", closes = "21:00" }).ToArray(),
        });
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return await IdOfAsync(response);
    }

    protected static async Task<Guid> IdOfAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
}
