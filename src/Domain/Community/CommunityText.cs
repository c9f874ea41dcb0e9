namespace Platform.Domain.Community;

/// <summary>The text rules shared by teams, players and playgrounds: trimmed, bounded, no control characters.</summary>
public static class CommunityText
{
    public const int CityMaxLength = 100;

    /// <summary>The trimmed text when it is 1 to <paramref name="maxLength"/> characters without control characters, else null.</summary>
    public static string? Clean(string? text, int maxLength)
    {
        var candidate = text?.Trim();
        return string.IsNullOrEmpty(candidate) || candidate.Length > maxLength || candidate.Any(char.IsControl) ? null : candidate;
    }

    /// <summary>The key a city or name is compared by: case and surrounding space do not make two different ones.</summary>
    public static string KeyOf(string text) => text.Trim().ToUpperInvariant();
}
