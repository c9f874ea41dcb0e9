using System.Text.RegularExpressions;

namespace Platform.Application.Projects;

/// <summary>The words a search looks for: runs of letters and digits, lower-cased, at most <see cref="MaxTerms"/>.</summary>
public static partial class ProjectSearchTerms
{
    public const int MaxTerms = 8;
    public const int MaxQueryLength = 200;

    public static IReadOnlyList<string> Of(string? q) =>
        q is null
            ? []
            : Word().Matches(q).Select(match => match.Value.ToLowerInvariant()).Distinct(StringComparer.Ordinal).Take(MaxTerms).ToList();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
