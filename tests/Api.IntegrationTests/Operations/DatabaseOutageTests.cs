using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Platform.Api.IntegrationTests.Support;

namespace Platform.Api.IntegrationTests.Operations;

/// <summary>
/// The Api while PostgreSQL cannot be reached (nothing listens on its port): what needs the database answers 503
/// database_unavailable with Retry-After at once, what does not keeps working, and a session that cannot be checked is
/// refused (ADR 24). Recovery after a real crash is proven by the crash test (tests/Resilience.Tests).
/// </summary>
public sealed class DatabaseOutageTests(PlatformApiFactory factory) : ApiTest(factory)
{
    private const string UnreachableDatabase = "Host=127.0.0.1;Port=1;Username=postgres;Database=none";

    private readonly List<IDisposable> _hosts = [];

    public override async Task DisposeAsync()
    {
        _hosts.ForEach(host => host.Dispose());
        await base.DisposeAsync();
    }

    [Fact]
    public async Task A_valid_session_that_cannot_be_checked_is_refused_with_503_never_honoured()
    {
        var user = await SignInNewUserAsync();
        using var outage = CreateOutageClient();

        var stopwatch = Stopwatch.StartNew();
        var response = await outage.SendAsync(Authorized(HttpMethod.Get, "/api/v1/auth/me", user.Token));

        await AssertDatabaseUnavailableAsync(response);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(5), $"The refusal took {stopwatch.Elapsed}.");
    }

    [Fact]
    public async Task Writes_and_anonymous_requests_that_need_the_database_answer_503()
    {
        var user = await SignInNewUserAsync();
        using var outage = CreateOutageClient();

        var create = Authorized(HttpMethod.Post, "/api/v1/projects", user.Token);
        create.Content = JsonContent.Create(new { key = "OUT", name = "Outage" });
        await AssertDatabaseUnavailableAsync(await outage.SendAsync(create));
        await AssertDatabaseUnavailableAsync(await outage.PostAsJsonAsync(
            "/api/v1/auth/register", new { email = "bob@example.com", password = Password, displayName = "Bob" }));

        Assert.Equal(HttpStatusCode.Created, (await RegisterAsync("bob@example.com")).StatusCode);
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/.well-known/jwks.json")]
    [InlineData("/openapi/v1.json")]
    public async Task What_needs_no_database_keeps_working(string path)
    {
        using var outage = CreateOutageClient();

        Assert.Equal(HttpStatusCode.OK, (await outage.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task Problems_speak_russian_too()
    {
        using var outage = CreateOutageClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/register")
        {
            Content = JsonContent.Create(new { email = "bob@example.com", password = Password, displayName = "Bob" }),
        };
        request.Headers.AcceptLanguage.ParseAdd("ru");

        var problem = await Problem.ReadAsync(await outage.SendAsync(request), HttpStatusCode.ServiceUnavailable);

        Assert.Equal("База данных недоступна.", problem.Body.GetProperty("title").GetString());
    }

    /// <summary>A client of a second host of the Api, configured like the first but with a database nobody serves.</summary>
    private HttpClient CreateOutageClient()
    {
        var host = Factory.WithWebHostBuilder(builder => builder.UseSetting("ConnectionStrings:Platform", UnreachableDatabase));
        _hosts.Add(host);
        return host.CreateClient().AsTestApp();
    }

    private static HttpRequestMessage Authorized(HttpMethod method, string path, string token)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }

    private static async Task AssertDatabaseUnavailableAsync(HttpResponseMessage response)
    {
        var problem = await Problem.ReadAsync(response, HttpStatusCode.ServiceUnavailable);
        Assert.Equal("database_unavailable", problem.Code);
        Assert.Equal(TimeSpan.FromSeconds(3), response.Headers.RetryAfter?.Delta);
    }
}
