namespace Platform.Infrastructure.Identity;

/// <summary>How access tokens are signed and checked (configuration section <c>Jwt</c>).</summary>
public sealed class JwtOptions
{
    public const string SectionName = "Jwt";

    public string Issuer { get; set; } = "platform";

    public string Audience { get; set; } = "platform-api";

    /// <summary>
    /// ES256 (EC P-256) keys. The active one signs; every key (with a private or only a public PEM) validates, so a
    /// key can be rotated without signing anyone out: add the new key, make it active, drop the old one after the
    /// access-token lifetime.
    /// </summary>
    public List<JwtSigningKeyOptions> SigningKeys { get; set; } = [];

    /// <summary>The <see cref="JwtSigningKeyOptions.KeyId"/> that signs new tokens; the first key when empty.</summary>
    public string? ActiveKeyId { get; set; }

    /// <summary>Development only: where the generated key is kept when no key is configured.</summary>
    public string? DevelopmentKeyFile { get; set; }

    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(15);

    public JwtSigningKeyOptions? ActiveKey =>
        string.IsNullOrEmpty(ActiveKeyId) ? SigningKeys.FirstOrDefault() : SigningKeys.Find(key => key.KeyId == ActiveKeyId);
}
