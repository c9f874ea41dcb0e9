using System.Text.RegularExpressions;

namespace Platform.Domain.Projects;

/// <summary>A project's short unique key, like <c>GPR</c>: 2-10 uppercase letters and digits, starting with a letter.</summary>
public static partial class ProjectKey
{
    public const int MinLength = 2;
    public const int MaxLength = 10;

    /// <summary>The key in upper case, or <see cref="ProjectsErrors.KeyInvalid"/>.</summary>
    public static Result<string> Parse(string? key)
    {
        var candidate = key?.Trim().ToUpperInvariant() ?? string.Empty;
        if (!Pattern().IsMatch(candidate))
        {
            return ProjectsErrors.KeyInvalid;
        }

        return candidate;
    }

    [GeneratedRegex("^[A-Z][A-Z0-9]{1,9}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
