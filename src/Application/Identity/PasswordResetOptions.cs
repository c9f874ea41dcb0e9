namespace Platform.Application.Identity;

/// <summary>Password reset by e-mail (configuration section <c>PasswordReset</c>).</summary>
public sealed class PasswordResetOptions
{
    public const string SectionName = "PasswordReset";
    public const string TokenPlaceholder = "{token}";

    /// <summary>How long a mailed reset link works.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>The page of the client app (an http or https URL) that asks for the new password; <c>{token}</c> is replaced by the token.</summary>
    public string LinkTemplate { get; set; } = string.Empty;

    public bool IsValid =>
        TokenLifetime > TimeSpan.Zero
        && LinkTemplate.Contains(TokenPlaceholder, StringComparison.Ordinal)
        && Uri.TryCreate(LinkTemplate.Replace(TokenPlaceholder, "t", StringComparison.Ordinal), UriKind.Absolute, out var link)
        && (link.Scheme == Uri.UriSchemeHttps || link.Scheme == Uri.UriSchemeHttp);

    public string LinkFor(string token) => LinkTemplate.Replace(TokenPlaceholder, Uri.EscapeDataString(token), StringComparison.Ordinal);
}
