using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Platform.Api.IntegrationTests.Support;

/// <summary>
/// An OpenID Connect provider on a loopback port: it serves a discovery document and its JWKS over HTTP, as Keycloak
/// does, and signs RS256 access tokens with its own key, so the Api's OIDC scheme fetches and checks everything for real.
/// </summary>
public sealed class FakeOidcIssuer : IAsyncDisposable
{
    public const string Audience = "platform-api";

    private static readonly string[] Code = ["code"];
    private static readonly string[] Public = ["public"];
    private static readonly string[] Rs256 = ["RS256"];

    private readonly RsaSecurityKey _key = new(RSA.Create(2048)) { KeyId = "fake-oidc-key" };
    private readonly WebApplication _app;

    private FakeOidcIssuer(WebApplication app) => _app = app;

    public string Authority { get; private set; } = string.Empty;

    public static async Task<FakeOidcIssuer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var issuer = new FakeOidcIssuer(app);
        app.MapGet("/realms/test/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = issuer.Authority,
            ["jwks_uri"] = $"{issuer.Authority}/protocol/openid-connect/certs",
            ["authorization_endpoint"] = $"{issuer.Authority}/protocol/openid-connect/auth",
            ["token_endpoint"] = $"{issuer.Authority}/protocol/openid-connect/token",
            ["response_types_supported"] = Code,
            ["subject_types_supported"] = Public,
            ["id_token_signing_alg_values_supported"] = Rs256,
        }));
        app.MapGet("/realms/test/protocol/openid-connect/certs", () =>
        {
            var parameters = issuer._key.Rsa.ExportParameters(includePrivateParameters: false);
            return Results.Json(new
            {
                keys = new[]
                {
                    new { kty = "RSA", use = "sig", alg = "RS256", kid = issuer._key.KeyId, n = Base64UrlEncoder.Encode(parameters.Modulus), e = Base64UrlEncoder.Encode(parameters.Exponent) },
                },
            });
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        issuer.Authority = $"{address}/realms/test";
        return issuer;
    }

    /// <summary>An access token of this provider for the given subject and claims, valid for five minutes.</summary>
    public string IssueToken(string subject, string? email = null, bool emailVerified = true, string? name = null, string audience = Audience, bool signedByStranger = false)
    {
        var claims = new Dictionary<string, object> { ["sub"] = subject, ["email_verified"] = emailVerified };
        if (email is not null)
        {
            claims["email"] = email;
        }

        if (name is not null)
        {
            claims["name"] = name;
        }

        var key = signedByStranger ? new RsaSecurityKey(RSA.Create(2048)) { KeyId = _key.KeyId } : _key;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Authority,
            Audience = audience,
            Claims = claims,
            Expires = DateTime.UtcNow.AddMinutes(5),
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        });
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
