using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Options;
using Platform.Api.IntegrationTests.Support;

namespace Platform.Api.IntegrationTests.Operations;

public sealed class StartupValidationTests(PlatformApiFactory factory) : ApiTest(factory)
{
    public static TheoryData<string, string?, string> BadKeys => new()
    {
        { "", null, "Jwt:SigningKeys is empty" },
        { "k1", "not a pem at all", "Jwt:SigningKeys:0 is not an EC P-256 key" },
        { "k1", ECDsa.Create(ECCurve.NamedCurves.nistP384).ExportPkcs8PrivateKeyPem(), "Jwt:SigningKeys:0 is not an EC P-256 key" },
        { "k1", RSA.Create(2048).ExportPkcs8PrivateKeyPem(), "Jwt:SigningKeys:0 is not an EC P-256 key" },
        { "", PlatformApiFactory.SigningKeyPem, "Jwt:SigningKeys:0:KeyId is missing" },
    };

    [Theory]
    [MemberData(nameof(BadKeys))]
    public void Production_refuses_to_start_without_a_usable_signing_key(string keyId, string? pem, string expectedMessage)
    {
        using var production = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("ConnectionStrings:Platform", Factory.ConnectionString);
            builder.UseSetting("PasswordReset:LinkTemplate", PlatformApiFactory.ResetLinkPrefix + "{token}");
            builder.UseSetting("Notifications:UnsubscribeUrl", PlatformApiFactory.UnsubscribeUrl);
            PlatformApiFactory.WithRedactionKey(builder);
            if (pem is not null)
            {
                builder.UseSetting("Jwt:SigningKeys:0:KeyId", keyId);
                builder.UseSetting("Jwt:SigningKeys:0:PrivateKeyPem", pem);
            }
        });

        var failure = Assert.Throws<OptionsValidationException>(() => production.CreateClient());

        Assert.Contains(expectedMessage, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_active_key_id_that_names_no_key_stops_start_up()
    {
        using var production = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("ConnectionStrings:Platform", Factory.ConnectionString);
            builder.UseSetting("Jwt:SigningKeys:0:KeyId", "k1");
            builder.UseSetting("Jwt:SigningKeys:0:PrivateKeyPem", PlatformApiFactory.SigningKeyPem);
            builder.UseSetting("Jwt:ActiveKeyId", "k2");
            builder.UseSetting("PasswordReset:LinkTemplate", PlatformApiFactory.ResetLinkPrefix + "{token}");
            builder.UseSetting("Notifications:UnsubscribeUrl", PlatformApiFactory.UnsubscribeUrl);
            PlatformApiFactory.WithRedactionKey(builder);
        });

        var failure = Assert.Throws<OptionsValidationException>(() => production.CreateClient());

        Assert.Contains("Jwt:ActiveKeyId 'k2' must name a key", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("https://app.example.test/reset-password")]
    [InlineData("/reset-password?token={token}")]
    public void Production_refuses_to_start_without_a_reset_link_template(string template)
    {
        using var production = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("ConnectionStrings:Platform", Factory.ConnectionString);
            builder.UseSetting("Jwt:SigningKeys:0:KeyId", PlatformApiFactory.SigningKeyId);
            builder.UseSetting("Jwt:SigningKeys:0:PrivateKeyPem", PlatformApiFactory.SigningKeyPem);
            builder.UseSetting("PasswordReset:LinkTemplate", template);
            builder.UseSetting("Notifications:UnsubscribeUrl", PlatformApiFactory.UnsubscribeUrl);
            PlatformApiFactory.WithRedactionKey(builder);
        });

        var failure = Assert.Throws<OptionsValidationException>(() => production.CreateClient());

        Assert.Contains("PasswordReset:LinkTemplate must be an absolute URL containing {token}", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("https://api.example.test/api/v1/notifications/unsubscribe")]
    [InlineData("ftp://api.example.test/unsubscribe?token={token}")]
    public void Production_refuses_to_start_without_an_unsubscribe_address(string address)
    {
        using var production = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("ConnectionStrings:Platform", Factory.ConnectionString);
            builder.UseSetting("Jwt:SigningKeys:0:KeyId", PlatformApiFactory.SigningKeyId);
            builder.UseSetting("Jwt:SigningKeys:0:PrivateKeyPem", PlatformApiFactory.SigningKeyPem);
            builder.UseSetting("PasswordReset:LinkTemplate", PlatformApiFactory.ResetLinkPrefix + "{token}");
            builder.UseSetting("Notifications:UnsubscribeUrl", address);
            PlatformApiFactory.WithRedactionKey(builder);
        });

        var failure = Assert.Throws<OptionsValidationException>(() => production.CreateClient());

        Assert.Contains("Notifications:UnsubscribeUrl must be an absolute http(s) URL containing {token}", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("c2hvcnQ=")]
    public void Production_refuses_to_start_without_a_key_to_hash_e_mail_addresses_in_logs_with(string? key)
    {
        using var production = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("ConnectionStrings:Platform", Factory.ConnectionString);
            builder.UseSetting("Jwt:SigningKeys:0:KeyId", PlatformApiFactory.SigningKeyId);
            builder.UseSetting("Jwt:SigningKeys:0:PrivateKeyPem", PlatformApiFactory.SigningKeyPem);
            builder.UseSetting("PasswordReset:LinkTemplate", PlatformApiFactory.ResetLinkPrefix + "{token}");
            builder.UseSetting("Notifications:UnsubscribeUrl", PlatformApiFactory.UnsubscribeUrl);
            if (key is not null)
            {
                builder.UseSetting("Redaction:Key", key);
            }
        });

        var failure = Assert.Throws<OptionsValidationException>(() => production.CreateClient());

        Assert.Contains("HmacRedactorOptions.Key", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_api_refuses_to_start_without_a_connection_string_and_says_how_to_provide_one()
    {
        using var unconfigured = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("ConnectionStrings:Platform", "");
            builder.UseSetting("Jwt:SigningKeys:0:KeyId", PlatformApiFactory.SigningKeyId);
            builder.UseSetting("Jwt:SigningKeys:0:PrivateKeyPem", PlatformApiFactory.SigningKeyPem);
        });

        var failure = Assert.Throws<InvalidOperationException>(() => unconfigured.CreateClient());

        Assert.Contains("ConnectionStrings__Platform", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Development_generates_a_signing_key_once_and_keeps_it_in_its_file()
    {
        var keyFile = Path.Combine(Path.GetTempPath(), $"platform-dev-key-{Guid.NewGuid():N}", "key.pem");
        try
        {
            var first = await DevelopmentKeyIdAsync(keyFile);
            var second = await DevelopmentKeyIdAsync(keyFile);

            Assert.StartsWith("dev-", first, StringComparison.Ordinal);
            Assert.Equal(first, second);
            Assert.Contains("BEGIN PRIVATE KEY", await File.ReadAllTextAsync(keyFile), StringComparison.Ordinal);
            if (!OperatingSystem.IsWindows())
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(keyFile));
            }
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(keyFile)!, recursive: true);
        }
    }

    private async Task<string> DevelopmentKeyIdAsync(string keyFile)
    {
        using var development = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("ConnectionStrings:Platform", Factory.ConnectionString);
            builder.UseSetting("Jwt:DevelopmentKeyFile", keyFile);
            builder.UseSetting("Database:MigrateOnStartup", "false");
        });
        using var client = development.CreateClient();
        var jwks = await client.GetFromJsonAsync<JsonElement>("/.well-known/jwks.json");
        return jwks.GetProperty("keys")[0].GetProperty("kid").GetString()!;
    }
}
