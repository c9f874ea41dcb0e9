using System.Net.Http.Json;
using System.Text.Json;
using Platform.Api.IntegrationTests.Support;

namespace Platform.Api.IntegrationTests.Teams;

/// <summary>Base of the Teams API tests: creates teams and fills rosters the way clients do.</summary>
public abstract class TeamsApiTest(PlatformApiFactory factory) : ApiTest(factory)
{
    protected const string Teams = "/api/v1/teams";

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

    protected static async Task<Guid> IdOfAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
}
