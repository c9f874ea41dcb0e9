using System.Net;
using Microsoft.AspNetCore.Hosting;
using Platform.Api.IntegrationTests.Support;

namespace Platform.Api.IntegrationTests.Http;

public sealed class CorsTests(PlatformApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task A_configured_origin_may_call_with_credentials_and_the_client_headers_and_others_may_not()
    {
        await using var host = Factory.WithWebHostBuilder(builder => builder.UseSetting("Cors:AllowedOrigins:0", "https://app.example.com"));
        using var client = host.CreateClient();

        var allowed = await client.SendAsync(Preflight("https://app.example.com"));
        var stranger = await client.SendAsync(Preflight("https://evil.example.net"));

        Assert.Equal(HttpStatusCode.NoContent, allowed.StatusCode);
        Assert.Equal("https://app.example.com", allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Equal("true", allowed.Headers.GetValues("Access-Control-Allow-Credentials").Single());
        Assert.Contains("x-csrf-token", allowed.Headers.GetValues("Access-Control-Allow-Headers").Single(), StringComparison.OrdinalIgnoreCase);
        Assert.False(stranger.Headers.Contains("Access-Control-Allow-Origin"));
    }

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/api/v1/users/me");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "PATCH");
        request.Headers.Add("Access-Control-Request-Headers", "content-type,x-csrf-token");
        return request;
    }
}
