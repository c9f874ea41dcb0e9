using Microsoft.IdentityModel.Tokens;
using Platform.Infrastructure.Identity;

namespace Platform.Api.Setup;

internal static class JwksSetup
{
    public const string JwksPath = "/.well-known/jwks.json";

    /// <summary>
    /// The public halves of the signing keys as a JSON Web Key Set (RFC 7517), so that other services can check
    /// access tokens by <c>kid</c>; during a rotation it lists the old and the new key.
    /// </summary>
    public static WebApplication MapJwks(this WebApplication app)
    {
        app.MapGet(JwksPath, (JwtSigningKeys keys, HttpResponse response) =>
            {
                response.Headers.CacheControl = "public, max-age=300";
                return TypedResults.Json(new JsonWebKeySetDocument(keys.ValidationKeys.Select(JwkOf).ToList()));
            })
            .AllowAnonymous()
            .ExcludeFromDescription();
        return app;
    }

    private static PublicJsonWebKey JwkOf(ECDsaSecurityKey key)
    {
        var parameters = key.ECDsa.ExportParameters(includePrivateParameters: false);
        return new PublicJsonWebKey(
            Kty: "EC", Use: "sig", Alg: SecurityAlgorithms.EcdsaSha256, Kid: key.KeyId, Crv: "P-256",
            X: Base64UrlEncoder.Encode(parameters.Q.X), Y: Base64UrlEncoder.Encode(parameters.Q.Y));
    }

    private sealed record JsonWebKeySetDocument(IReadOnlyList<PublicJsonWebKey> Keys);

    private sealed record PublicJsonWebKey(string Kty, string Use, string Alg, string Kid, string Crv, string X, string Y);
}
