using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Platform.Resilience.Tests.Support;

/// <summary>A registered, signed-in user of the Api under test, with a client that sends its bearer token.</summary>
internal sealed class ApiUser : IDisposable
{
    private ApiUser(HttpClient client) => Client = client;

    public HttpClient Client { get; }

    public static async Task<ApiUser> SignUpAsync(Uri api, string email)
    {
        var client = new HttpClient { BaseAddress = api, Timeout = TimeSpan.FromSeconds(10) };
        const string password = "correct horse battery staple";
        (await client.PostAsJsonAsync("/api/v1/auth/register", new { email, password, displayName = "Crash writer" })).EnsureSuccessStatusCode();
        using var login = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/login") { Content = JsonContent.Create(new { email, password }) };
        login.Headers.Add("X-App-Type", "ios");
        login.Headers.Add("X-App-Version", "1.0.0");
        login.Headers.Add("X-Device-ID", "crash-test");
        var answer = await client.SendAsync(login);
        answer.EnsureSuccessStatusCode();
        var token = (await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return new ApiUser(client);
    }

    public void Dispose() => Client.Dispose();
}
