using System.Text.RegularExpressions;
using MimeKit;

namespace Platform.Api.IntegrationTests.Support;

/// <summary>Reads a password reset mail the way its reader would: by following the link in it.</summary>
public static partial class ResetMail
{
    public static string TokenIn(MimeMessage mail) => ResetLink().Match(mail.TextBody ?? string.Empty).Groups["token"].Value is { Length: > 0 } token
        ? Uri.UnescapeDataString(token)
        : throw new InvalidOperationException("The mail has no reset link: " + mail.TextBody);

    [GeneratedRegex(@"https://app\.example\.test/reset-password\?token=(?<token>[A-Za-z0-9\-_%]+)")]
    private static partial Regex ResetLink();
}
