namespace Platform.Api.IdentityEdge;

/// <summary>An external OpenID Connect provider whose access tokens are accepted too (configuration section <c>Oidc</c>); off while <see cref="Authority"/> is empty.</summary>
internal sealed class OidcOptions
{
    public const string SectionName = "Oidc";

    /// <summary>The issuer URL, e.g. <c>https://sso.example.com/realms/platform</c>; its discovery document and JWKS are read from there.</summary>
    public string Authority { get; set; } = string.Empty;

    /// <summary>The <c>aud</c> the provider puts in tokens meant for this API.</summary>
    public string Audience { get; set; } = string.Empty;

    /// <summary>Refuses an http:// authority; turn off only for a provider on the same machine in development or tests.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    public bool IsEnabled => !string.IsNullOrWhiteSpace(Authority);

    public bool IsValid => !IsEnabled || (Uri.TryCreate(Authority, UriKind.Absolute, out _) && !string.IsNullOrWhiteSpace(Audience));
}
