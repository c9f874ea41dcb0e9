using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Api.IntegrationTests.Support;

namespace Platform.Api.IntegrationTests.Workouts;

/// <summary>What the training diary's API tests share: logging workouts and reading answers through the real routes.</summary>
public abstract class DiaryApiTest(PlatformApiFactory factory) : ApiTest(factory)
{
    protected const string Workouts = "/api/v1/workouts";

    /// <summary>Logs a workout of strength sets (reps, weight in the caller's unit) and answers its id.</summary>
    protected async Task<Guid> LogAsync(string token, DateTimeOffset start, string title, params (Guid Exercise, int Reps, decimal? Weight)[] sets)
    {
        var created = await SendAsync(HttpMethod.Post, Workouts, token, new
        {
            title, startedAt = start, endedAt = start.AddMinutes(50),
            sets = sets.Select(set => new { exerciseId = set.Exercise, reps = set.Reps, weight = set.Weight }).ToArray(),
        });
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    protected async Task<Guid> CatalogueIdAsync(string token, string search) =>
        (await ReadAsync($"/api/v1/exercises?search={Uri.EscapeDataString(search)}", token)).GetProperty("items")[0].GetProperty("id").GetGuid();

    protected async Task<JsonElement> ReadAsync(string path, string token)
    {
        var response = await GetAsync(path, token);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Sends and expects a success, answering the body (a set change answers the workout).</summary>
    protected async Task<JsonElement> ChangeAsync(HttpMethod method, string path, string token, object body)
    {
        var response = await SendAsync(method, path, token, body);
        Assert.True(response.IsSuccessStatusCode, $"{method} {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    protected static Guid[] SetIdsOf(JsonElement workout) =>
        [.. workout.GetProperty("sets").EnumerateArray().Select(set => set.GetProperty("id").GetGuid())];
}
