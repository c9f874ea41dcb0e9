using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Platform.Api.IntegrationTests.Support;

namespace Platform.Api.IntegrationTests.Operations;

public sealed class ForwardedHeadersTests(PlatformApiFactory factory) : ApiTest(factory)
{
    private const string Proxy = "10.0.0.5";
    private const string ClientAddress = "203.0.113.7";

    [Theory]
    [InlineData(Proxy, ClientAddress)]
    [InlineData("10.0.0.9", "10.0.0.9")]
    public async Task The_session_records_the_forwarded_client_address_only_when_a_known_proxy_sends_it(string connectedFrom, string recorded)
    {
        (await RegisterAsync()).EnsureSuccessStatusCode();
        using var proxied = Factory.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("ForwardedHeaders:KnownProxies:0", Proxy);
            builder.ConfigureTestServices(services => services.AddSingleton<IStartupFilter>(new ConnectionFrom(IPAddress.Parse(connectedFrom))));
        });
        using var client = proxied.CreateClient().AsTestApp();
        client.DefaultRequestHeaders.Add("X-Forwarded-For", ClientAddress);

        var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = "ann@example.com", password = Password });
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var sessions = await client.GetFromJsonAsync<JsonElement>("/api/v1/auth/sessions");

        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Equal(recorded, sessions.GetProperty("sessions").EnumerateArray().Single().GetProperty("ipAddress").GetString());
    }

    [Fact]
    public void A_proxy_that_is_not_an_address_stops_start_up_naming_the_setting()
    {
        using var broken = Factory.WithWebHostBuilder(builder => builder.UseSetting("ForwardedHeaders:KnownProxies:0", "proxy.local"));

        var failure = Assert.ThrowsAny<Exception>(() => broken.CreateClient());

        Assert.Contains("ForwardedHeaders:KnownProxies", failure.ToString(), StringComparison.Ordinal);
    }

    /// <summary>Plays the network: every request arrives from <paramref name="address"/>, as if through that proxy.</summary>
    private sealed class ConnectionFrom(IPAddress address) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((HttpContext context, RequestDelegate following) =>
            {
                context.Connection.RemoteIpAddress = address;
                return following(context);
            });
            next(app);
        };
    }
}
