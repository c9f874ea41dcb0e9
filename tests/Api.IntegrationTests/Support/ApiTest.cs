using System.Net;
using Npgsql;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Platform.Application.Identity.GrantRole;
using Platform.Infrastructure.Persistence;

namespace Platform.Api.IntegrationTests.Support;

/// <summary>Base of API tests: a fresh database per test and helpers that speak the API like a client.</summary>
[Collection(ApiFixture.Name)]
public abstract class ApiTest(PlatformApiFactory factory) : IAsyncLifetime
{
    public const string Password = "correct horse battery staple";

    protected PlatformApiFactory Factory { get; } = factory;

    protected HttpClient Client { get; } = factory.CreateRecordingClient().AsTestApp();

    public virtual Task InitializeAsync() => Factory.ResetAsync();

    /// <summary>Fails the test whose log lines (or those of the work it left running) hold a secret or an e-mail.</summary>
    public virtual Task DisposeAsync()
    {
        Client.Dispose();
        Factory.LeakTrap.AssertNoLeaks();
        return Task.CompletedTask;
    }

    protected Task<HttpResponseMessage> RegisterAsync(string email = "ann@example.com", string password = Password, string displayName = "Ann") =>
        Client.PostAsJsonAsync("/api/v1/auth/register", new { email, password, displayName });

    protected async Task<string> LoginAsync(string email = "ann@example.com", string password = Password)
    {
        var response = await Client.PostAsJsonAsync("/api/v1/auth/login", new { email, password });
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("accessToken").GetString()!;
    }

    protected async Task<string> RegisterAndLoginAsync(string email = "ann@example.com")
    {
        (await RegisterAsync(email)).EnsureSuccessStatusCode();
        return await LoginAsync(email);
    }

    /// <summary>Registers and signs in a user, and answers their id and access token.</summary>
    protected async Task<SignedInUser> SignInNewUserAsync(string email = "ann@example.com")
    {
        var registered = await RegisterAsync(email);
        registered.EnsureSuccessStatusCode();
        var body = await registered.Content.ReadFromJsonAsync<JsonElement>();
        return new SignedInUser(body.GetProperty("id").GetGuid(), await LoginAsync(email));
    }

    /// <summary>Registers a user and grants the admin role as `grant-role` does, then signs in so the token carries it.</summary>
    protected Task<SignedInUser> SignInAdminAsync(string email = "admin@example.com") => SignInWithRoleAsync(email, "admin");

    /// <summary>Registers a user and grants them a role as `grant-role` does, then signs in so the token carries it.</summary>
    protected async Task<SignedInUser> SignInWithRoleAsync(string email, string role)
    {
        var registered = await RegisterAsync(email);
        registered.EnsureSuccessStatusCode();
        var id = (await registered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var granted = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new GrantRoleCommand(email, role));
            Assert.True(granted.IsSuccess);
        }

        return new SignedInUser(id, await LoginAsync(email));
    }

    /// <summary>Signs in and answers the whole token pair with its session id.</summary>
    protected async Task<TokenPair> SignInForTokensAsync(string email = "ann@example.com", string password = Password)
    {
        var response = await Client.PostAsJsonAsync("/api/v1/auth/login", new { email, password });
        response.EnsureSuccessStatusCode();
        return await ReadTokensAsync(response);
    }

    protected Task<HttpResponseMessage> RefreshAsync(string refreshToken) =>
        Client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken });

    protected static async Task<TokenPair> ReadTokensAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return new TokenPair(
            body.GetProperty("accessToken").GetString()!, body.GetProperty("refreshToken").GetString()!, body.GetProperty("sessionId").GetGuid());
    }

    protected Task<HttpResponseMessage> GetAsync(string path, string? token = null) => SendAsync(HttpMethod.Get, path, token);

    /// <summary>Sends a request as a client would: with a bearer token, the body as JSON and an If-Match header when given.</summary>
    protected Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token = null, object? body = null, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return Client.SendAsync(request);
    }

    /// <summary>Sends a body exactly as written, for JSON a serializer would not produce.</summary>
    protected Task<HttpResponseMessage> SendRawAsync(HttpMethod method, string path, string? token, string json, string mediaType = "application/json")
    {
        var request = new HttpRequestMessage(method, path) { Content = new StringContent(json, Encoding.UTF8, mediaType) };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return Client.SendAsync(request);
    }

    /// <summary>Runs SQL against the test database directly, as a fixture or an outsider would.</summary>
    protected async Task SqlAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>The first column of the first row of a query against the test database.</summary>
    protected async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Polls until the condition holds, failing after <paramref name="within"/> (10 s unless given).</summary>
    protected static async Task WaitForAsync(Func<Task<bool>> condition, TimeSpan? within = null, Func<string>? explain = null)
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(10));
        while (DateTime.UtcNow < deadline)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new Xunit.Sdk.XunitException($"The condition did not hold within {within ?? TimeSpan.FromSeconds(10)}. {explain?.Invoke()}");
    }

    /// <summary>The response is a problem details with this status and stable code.</summary>
    protected static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string code) =>
        Assert.Equal(code, (await Problem.ReadAsync(response, status)).Code);

    protected async Task<T> InDatabaseAsync<T>(Func<PlatformDbContext, Task<T>> query)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<PlatformDbContext>());
    }
}
