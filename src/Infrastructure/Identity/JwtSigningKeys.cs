using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Platform.Infrastructure.Identity;

/// <summary>The configured ES256 keys, parsed once: the active key's signing credentials and every key's public half.</summary>
public sealed class JwtSigningKeys
{
    public JwtSigningKeys(IOptions<JwtOptions> options)
    {
        var settings = options.Value;
        ValidationKeys = settings.SigningKeys.Select(PublicKeyOf).ToList();
        var active = settings.ActiveKey ?? throw new InvalidOperationException("Jwt:SigningKeys names no active key.");
        var privateKey = ECDsa.Create();
        privateKey.ImportFromPem(active.PrivateKeyPem);
        Signing = new SigningCredentials(new ECDsaSecurityKey(privateKey) { KeyId = active.KeyId }, SecurityAlgorithms.EcdsaSha256);
    }

    public SigningCredentials Signing { get; }

    /// <summary>Public keys only, so they can be published (JWKS) without leaking a private part.</summary>
    public IReadOnlyList<ECDsaSecurityKey> ValidationKeys { get; }

    private static ECDsaSecurityKey PublicKeyOf(JwtSigningKeyOptions key)
    {
        using var parsed = ECDsa.Create();
        parsed.ImportFromPem(key.Pem);
        var publicOnly = ECDsa.Create(parsed.ExportParameters(includePrivateParameters: false));
        return new ECDsaSecurityKey(publicOnly) { KeyId = key.KeyId };
    }
}
