namespace Platform.Domain.Identity;

/// <summary>The name a user shows to others: trimmed, between 1 and 100 characters, no control characters.</summary>
public sealed record DisplayName
{
    public const int MaxLength = 100;

    private DisplayName(string value)
    {
        Value = value;
    }

    public string Value { get; }

    public static Result<DisplayName> Create(string? raw)
    {
        var candidate = raw?.Trim() ?? string.Empty;
        if (candidate.Length is 0 or > MaxLength || candidate.Any(char.IsControl))
        {
            return IdentityErrors.DisplayNameInvalid;
        }

        return new DisplayName(candidate);
    }

    public override string ToString() => Value;
}
