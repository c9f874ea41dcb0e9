namespace Platform.Infrastructure.Notifications;

/// <summary>Notifications settings (configuration section <c>Notifications</c>).</summary>
public sealed class NotificationOptions
{
    public const string SectionName = "Notifications";
    public const string TokenPlaceholder = "{token}";

    /// <summary>
    /// The public address of <c>POST /api/v1/notifications/unsubscribe</c> with <c>{token}</c> where the token goes, as
    /// mail clients will call it (RFC 8058 one-click unsubscribe); required.
    /// </summary>
    public string UnsubscribeUrl { get; set; } = string.Empty;

    internal bool IsValid =>
        UnsubscribeUrl.Contains(TokenPlaceholder, StringComparison.Ordinal)
        && Uri.TryCreate(UnsubscribeUrl.Replace(TokenPlaceholder, "t", StringComparison.Ordinal), UriKind.Absolute, out var url)
        && url.Scheme is "https" or "http";
}
