using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Platform.Api.IntegrationTests.Support;

namespace Platform.Api.IntegrationTests.Identity;

public sealed class SigningKeyTests(PlatformApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task The_jwks_publishes_the_public_key_that_checks_issued_tokens()
    {
        var token = await RegisterAndLoginAsync();

        var response = await Client.GetAsync("/.well-known/jwks.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var raw = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("\"d\"", raw, StringComparison.Ordinal);
        var jwks = new JsonWebKeySet(raw);
        var key = Assert.Single(jwks.Keys);
        Assert.Equal((PlatformApiFactory.SigningKeyId, "EC", "P-256", "ES256", "sig"), (key.Kid, key.Kty, key.Crv, key.Alg, key.Use));
        var validation = await new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = "platform",
            ValidAudience = "platform-api",
            IssuerSigningKeys = jwks.GetSigningKeys(),
        });
        Assert.True(validation.IsValid, validation.Exception?.Message);
        Assert.Equal(PlatformApiFactory.SigningKeyId, new JsonWebToken(token).Kid);
    }

    [Fact]
    public async Task During_a_rotation_new_tokens_use_the_new_key_and_tokens_of_the_old_key_still_work()
    {
        using var oldKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var rotated = Factory.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Jwt:SigningKeys:0:KeyId", "new");
            builder.UseSetting("Jwt:SigningKeys:1:KeyId", "old");
            builder.UseSetting("Jwt:SigningKeys:1:PublicKeyPem", oldKey.ExportSubjectPublicKeyInfoPem());
            builder.UseSetting("Jwt:ActiveKeyId", "new");
        });
        using var client = rotated.CreateClient().AsTestApp();
        (await client.PostAsJsonAsync("/api/v1/auth/register", new { email = "ann@example.com", password = Password, displayName = "Ann" })).EnsureSuccessStatusCode();
        var login = await (await client.PostAsJsonAsync("/api/v1/auth/login", new { email = "ann@example.com", password = Password })).Content.ReadFromJsonAsync<JsonElement>();
        var issued = new JsonWebToken(login.GetProperty("accessToken").GetString()!);
        var signedWithOldKey = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "platform",
            Audience = "platform-api",
            Subject = new ClaimsIdentity([new Claim("sub", issued.Subject), new Claim("sid", issued.GetClaim("sid").Value)]),
            Expires = DateTime.UtcNow.AddMinutes(10),
            SigningCredentials = new SigningCredentials(new ECDsaSecurityKey(oldKey) { KeyId = "old" }, SecurityAlgorithms.EcdsaSha256),
        });

        var jwks = new JsonWebKeySet(await client.GetStringAsync("/.well-known/jwks.json"));
        using var me = new HttpRequestMessage(HttpMethod.Get, "/api/v1/auth/me") { Headers = { { "Authorization", $"Bearer {signedWithOldKey}" } } };
        var response = await client.SendAsync(me);

        Assert.Equal("new", issued.Kid);
        Assert.Equal(["new", "old"], jwks.Keys.Select(key => key.Kid).Order());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
