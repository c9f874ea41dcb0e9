namespace Platform.Infrastructure.Identity;

/// <summary>How access tokens are signed and checked (configuration section <c>Jwt</c>).</summary>
public sealed class JwtOptions
{
    public const string SectionName = "Jwt";

    /// <summary>HMAC-SHA256 needs at least 256 bits of key material.</summary>
    public const int MinimumKeyBytes = 32;

    public string Issuer { get; set; } = "platform";

    public string Audience { get; set; } = "platform-api";

    /// <summary>Base64 of at least 32 random bytes, e.g. <c>openssl rand -base64 32</c>.</summary>
    public string SigningKey { get; set; } = string.Empty;

    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(15);

    public byte[] SigningKeyBytes() => Convert.FromBase64String(SigningKey);
}
