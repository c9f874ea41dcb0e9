using Microsoft.Extensions.Options;

namespace Platform.Infrastructure.Identity;

/// <summary>Refuses to start with a missing, malformed or weak signing key, naming the setting to fix.</summary>
internal sealed class JwtOptionsValidator : IValidateOptions<JwtOptions>
{
    public ValidateOptionsResult Validate(string? name, JwtOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.SigningKey))
        {
            failures.Add("Jwt:SigningKey is missing. Set it (environment variable Jwt__SigningKey) to the base64 of at least 32 random bytes, e.g. `openssl rand -base64 32`.");
        }
        else if (!IsStrongKey(options.SigningKey))
        {
            failures.Add($"Jwt:SigningKey is weak or not base64: it must decode to at least {JwtOptions.MinimumKeyBytes} bytes, e.g. `openssl rand -base64 32`.");
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

    private static bool IsStrongKey(string signingKey)
    {
        var buffer = new byte[signingKey.Length];
        return Convert.TryFromBase64String(signingKey, buffer, out var length)
            && length >= JwtOptions.MinimumKeyBytes
            && buffer.AsSpan(0, length).ContainsAnyExcept(buffer[0]);
    }
}
