using System.Net;
using System.Net.Http.Headers;
using Platform.Api.IntegrationTests.Support;

namespace Platform.Api.IntegrationTests.Http;

/// <summary>
/// Every /api route counts against its caller (the signed-in user, or else the address) in fixed windows (ADR 35), and
/// every answer says the quota and what is left of it in the IETF draft's RateLimit fields.
/// </summary>
public sealed class ApiRateLimitTests(PlatformApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task Every_api_answer_says_the_callers_quota_and_what_is_left()
    {
        var ann = await SignInNewUserAsync();

        var first = await GetAsync("/api/v1/exercises", ann.Token);
        var second = await GetAsync("/api/v1/exercises", ann.Token);
        var anonymous = await GetAsync("/api/v1/exercises");

        Assert.Equal("\"api\";q=1000000;w=60", Field(first, "RateLimit-Policy"));
        Assert.Equal(Remaining(first) - 1, Remaining(second));
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("\"api\";q=1000000;w=60", Field(anonymous, "RateLimit-Policy"));
        Assert.False((await GetAsync("/health/live")).Headers.Contains("RateLimit"));
    }

    [Fact]
    public async Task A_caller_over_the_limit_gets_429_with_retry_after_and_other_callers_do_not()
    {
        var ann = await SignInNewUserAsync("ann@example.com");
        var bob = await SignInNewUserAsync("bob@example.com");
        await using var strict = Factory.WithWebHostBuilder(builder => builder.UseSetting("RateLimits:Api:PermitLimit", "3"));
        using var client = strict.CreateClient().AsTestApp();

        var answers = new List<HttpResponseMessage>();
        for (var attempt = 0; attempt < 4; attempt++)
        {
            answers.Add(await client.SendAsync(Get("/api/v1/exercises", ann.Token)));
        }

        var bobs = await client.SendAsync(Get("/api/v1/exercises", bob.Token));

        Assert.All(answers.Take(3), answer => Assert.Equal(HttpStatusCode.OK, answer.StatusCode));
        Assert.Equal([2, 1, 0], answers.Take(3).Select(Remaining));
        var refused = await Problem.ReadAsync(answers[3], HttpStatusCode.TooManyRequests);
        Assert.Equal("rate_limited", refused.Code);
        var retryAfter = int.Parse(Field(answers[3], "Retry-After"), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 60);
        Assert.Equal($"\"api\";r=0;t={retryAfter}", Field(answers[3], "RateLimit"));
        Assert.Equal(HttpStatusCode.OK, bobs.StatusCode);
    }

    private static HttpRequestMessage Get(string path, string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }

    private static string Field(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? Assert.Single(values) : throw new Xunit.Sdk.XunitException($"No {name} field");

    private static int Remaining(HttpResponseMessage response) =>
        int.Parse(Field(response, "RateLimit").Split(";r=")[1].Split(';')[0], System.Globalization.CultureInfo.InvariantCulture);
}
