using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace Platform.Infrastructure.Identity;

/// <summary>Refuses to start without a usable ES256 key, or with malformed ones, naming the setting to fix.</summary>
internal sealed class JwtOptionsValidator : IValidateOptions<JwtOptions>
{
    private const string HowToCreate =
        "Create one with `openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256` and set Jwt__SigningKeys__0__KeyId and Jwt__SigningKeys__0__PrivateKeyPem.";

    public ValidateOptionsResult Validate(string? name, JwtOptions options)
    {
        var failures = new List<string>();
        if (options.SigningKeys.Count == 0)
        {
            failures.Add($"Jwt:SigningKeys is empty: access tokens need an ES256 signing key. {HowToCreate}");
        }

        for (var index = 0; index < options.SigningKeys.Count; index++)
        {
            failures.AddRange(ProblemsOf(options.SigningKeys[index], $"Jwt:SigningKeys:{index}"));
        }

        if (options.SigningKeys.GroupBy(key => key.KeyId, StringComparer.Ordinal).Any(group => group.Count() > 1))
        {
            failures.Add("Jwt:SigningKeys has two keys with the same KeyId.");
        }

        if (options.SigningKeys.Count > 0 && options.ActiveKey is not { HasPrivateKey: true })
        {
            failures.Add($"Jwt:ActiveKeyId '{options.ActiveKeyId}' must name a key of Jwt:SigningKeys with a PrivateKeyPem.");
        }

        if (string.IsNullOrWhiteSpace(options.Issuer))
        {
            failures.Add("Jwt:Issuer is missing.");
        }

        if (string.IsNullOrWhiteSpace(options.Audience))
        {
            failures.Add("Jwt:Audience is missing.");
        }

        if (options.AccessTokenLifetime <= TimeSpan.Zero || options.AccessTokenLifetime > TimeSpan.FromHours(1))
        {
            failures.Add("Jwt:AccessTokenLifetime must be positive and at most one hour.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static IEnumerable<string> ProblemsOf(JwtSigningKeyOptions key, string path)
    {
        if (string.IsNullOrWhiteSpace(key.KeyId))
        {
            yield return $"{path}:KeyId is missing.";
        }

        var pem = key.Pem;
        if (pem is null || (key.HasPrivateKey && !string.IsNullOrWhiteSpace(key.PublicKeyPem)))
        {
            yield return $"{path} needs exactly one of PrivateKeyPem and PublicKeyPem. {HowToCreate}";
        }
        else if (!IsP256(pem))
        {
            yield return $"{path} is not an EC P-256 key in PEM form (ES256 needs one). {HowToCreate}";
        }
    }

    private static bool IsP256(string pem)
    {
        try
        {
            using var key = ECDsa.Create();
            key.ImportFromPem(pem);
            return key.ExportParameters(includePrivateParameters: false).Curve.Oid.Value == ECCurve.NamedCurves.nistP256.Oid.Value;
        }
        catch (Exception exception) when (exception is ArgumentException or CryptographicException)
        {
            return false;
        }
    }
}
