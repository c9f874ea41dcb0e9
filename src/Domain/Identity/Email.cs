using System.Net.Mail;

namespace Platform.Domain.Identity;

/// <summary>An e-mail address, trimmed and lower-cased so that two spellings of one mailbox compare equal.</summary>
public sealed record Email
{
    public const int MaxLength = 254;

    private Email(string value)
    {
        Value = value;
    }

    public string Value { get; }

    public static Result<Email> Create(string? raw)
    {
        var candidate = raw?.Trim() ?? string.Empty;
        if (candidate.Length is 0 or > MaxLength || !IsSingleMailbox(candidate))
        {
            return IdentityErrors.EmailInvalid;
        }

        return new Email(candidate.ToLowerInvariant());
    }

    public override string ToString() => Value;

    private static bool IsSingleMailbox(string candidate) =>
        MailAddress.TryCreate(candidate, out var address)
        && address.Address == candidate
        && address.Host.Contains('.', StringComparison.Ordinal);
}
