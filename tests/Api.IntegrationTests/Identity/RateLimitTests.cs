using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Platform.Api.IntegrationTests.Support;

namespace Platform.Api.IntegrationTests.Identity;

public sealed class RateLimitTests(PlatformApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task Sign_in_attempts_beyond_the_per_ip_limit_get_429_with_retry_after_whatever_the_account()
    {
        using var limited = Limited(("Login:PerIpPermitLimit", "3"));
        using var client = limited.CreateClient().AsTestApp();

        var statuses = new List<HttpStatusCode>();
        foreach (var email in new[] { "a@example.com", "b@example.com", "c@example.com", "d@example.com" })
        {
            var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = Password });
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.Equal("rate_limited", (await Problem.ReadAsync(response, HttpStatusCode.TooManyRequests)).Code);
                Assert.InRange(int.Parse(response.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture), 1, 60);
            }
        }

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task Sign_in_attempts_beyond_the_per_account_limit_get_429_while_other_accounts_go_on()
    {
        using var limited = Limited(("Login:PerAccountPermitLimit", "2"));
        using var client = limited.CreateClient().AsTestApp();

        var ann = new List<HttpResponseMessage>();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            ann.Add(await client.PostAsJsonAsync("/api/v1/auth/login", new { email = $"{(attempt == 2 ? "ANN" : "ann")}@example.com", password = Password }));
        }

        var bob = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = "bob@example.com", password = Password });

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], ann.Select(response => response.StatusCode));
        Assert.Equal("60", ann[2].Headers.GetValues("Retry-After").Single());
        Assert.Equal(HttpStatusCode.Unauthorized, bob.StatusCode);
    }

    [Theory]
    [InlineData("Register", "/api/v1/auth/register")]
    [InlineData("PasswordForgot", "/api/v1/auth/password/forgot")]
    [InlineData("PasswordReset", "/api/v1/auth/password/reset")]
    public async Task Attempts_beyond_a_routes_per_ip_limit_get_429_with_retry_after_whatever_the_account(string policy, string path)
    {
        using var limited = Limited(($"{policy}:PerIpPermitLimit", "2"));
        using var client = limited.CreateClient().AsTestApp();

        var responses = new List<HttpResponseMessage>();
        foreach (var name in new[] { "ann", "bob", "cid" })
        {
            responses.Add(await client.PostAsJsonAsync(path, new
            {
                email = $"{name}@example.com", password = Password, displayName = name, token = $"guess-{name}", newPassword = "a brand new passphrase",
            }));
        }

        Assert.All(responses.Take(2), response => Assert.NotEqual(HttpStatusCode.TooManyRequests, response.StatusCode));
        Assert.Equal("rate_limited", (await Problem.ReadAsync(responses[2], HttpStatusCode.TooManyRequests)).Code);
        Assert.InRange(int.Parse(responses[2].Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture), 1, 900);
    }

    [Fact]
    public async Task Sign_ups_for_one_address_beyond_the_per_account_limit_get_429_while_other_addresses_go_on()
    {
        using var limited = Limited(("Register:PerAccountPermitLimit", "2"));
        using var client = limited.CreateClient().AsTestApp();

        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            statuses.Add((await client.PostAsJsonAsync("/api/v1/auth/register", new { email = "Ann@Example.com", password = Password, displayName = "Ann" })).StatusCode);
        }

        var other = await client.PostAsJsonAsync("/api/v1/auth/register", new { email = "bob@example.com", password = Password, displayName = "Bob" });

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Conflict, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.Created, other.StatusCode);
    }

    [Fact]
    public async Task Reset_requests_beyond_the_per_account_limit_get_429_and_send_no_more_mail()
    {
        using var limited = Limited(("PasswordForgot:PerAccountPermitLimit", "2"));
        using var client = limited.CreateClient().AsTestApp();

        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            statuses.Add((await client.PostAsJsonAsync("/api/v1/auth/password/forgot", new { email = "ann@example.com" })).StatusCode);
        }

        var other = await client.PostAsJsonAsync("/api/v1/auth/password/forgot", new { email = "bob@example.com" });

        Assert.Equal([HttpStatusCode.Accepted, HttpStatusCode.Accepted, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.Accepted, other.StatusCode);
    }

    private WebApplicationFactory<Program> Limited((string Key, string Value) limit) =>
        Factory.WithWebHostBuilder(builder => builder.UseSetting($"RateLimits:{limit.Key}", limit.Value));
}
