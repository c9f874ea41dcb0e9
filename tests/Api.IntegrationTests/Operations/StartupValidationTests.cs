using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Options;
using Platform.Api.IntegrationTests.Support;

namespace Platform.Api.IntegrationTests.Operations;

public sealed class StartupValidationTests(PlatformApiFactory factory) : ApiTest(factory)
{
    [Theory]
    [InlineData("", "Jwt:SigningKey is missing")]
    [InlineData("c2hvcnQ=", "Jwt:SigningKey is weak")]
    [InlineData("not base64 at all!", "Jwt:SigningKey is weak or not base64")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", "Jwt:SigningKey is weak")]
    public void Production_refuses_to_start_with_a_missing_or_weak_signing_key(string key, string expectedMessage)
    {
        using var production = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("ConnectionStrings:Platform", Factory.ConnectionString);
            builder.UseSetting("Jwt:SigningKey", key);
        });

        var failure = Assert.Throws<OptionsValidationException>(() => production.CreateClient());

        Assert.Contains(expectedMessage, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_api_refuses_to_start_without_a_connection_string_and_says_how_to_provide_one()
    {
        using var unconfigured = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("ConnectionStrings:Platform", "");
            builder.UseSetting("Jwt:SigningKey", PlatformApiFactory.SigningKey);
        });

        var failure = Assert.Throws<InvalidOperationException>(() => unconfigured.CreateClient());

        Assert.Contains("ConnectionStrings__Platform", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Development_generates_a_signing_key_when_none_is_configured()
    {
        using var development = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("ConnectionStrings:Platform", Factory.ConnectionString);
            builder.UseSetting("Jwt:SigningKey", "");
            builder.UseSetting("Database:MigrateOnStartup", "false");
        });
        using var client = development.CreateClient();

        var response = await client.GetAsync("/health/live");

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }
}
