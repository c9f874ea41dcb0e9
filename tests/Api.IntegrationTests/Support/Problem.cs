using System.Net;
using System.Text.Json;

namespace Platform.Api.IntegrationTests.Support;

/// <summary>A problem details response read the way a client reads it.</summary>
public sealed record Problem(HttpStatusCode Status, string ContentType, JsonElement Body)
{
    public string Code => Body.GetProperty("code").GetString()!;

    public string? Detail => Body.TryGetProperty("detail", out var detail) ? detail.GetString() : null;

    public IReadOnlyDictionary<string, string[]> Errors =>
        Body.GetProperty("errors").EnumerateObject()
            .ToDictionary(entry => entry.Name, entry => entry.Value.EnumerateArray().Select(message => message.GetString()!).ToArray());

    public static async Task<Problem> ReadAsync(HttpResponseMessage response, HttpStatusCode expectedStatus)
    {
        var raw = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expectedStatus, $"Expected {(int)expectedStatus}, got {(int)response.StatusCode}: {raw}");
        var contentType = response.Content.Headers.ContentType?.MediaType ?? string.Empty;
        Assert.Equal("application/problem+json", contentType);
        var body = JsonDocument.Parse(raw).RootElement;
        Assert.Equal((int)expectedStatus, body.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("traceId").GetString()));
        Assert.False(string.IsNullOrEmpty(body.GetProperty("code").GetString()));
        return new Problem(response.StatusCode, contentType, body);
    }
}
