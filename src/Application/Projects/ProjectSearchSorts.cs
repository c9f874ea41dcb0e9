namespace Platform.Application.Projects;

/// <summary>The <c>sort</c> values clients write: a field, with a leading minus for descending.</summary>
public static class ProjectSearchSorts
{
    private static readonly Dictionary<string, ProjectSearchSort> ByName = new(StringComparer.Ordinal)
    {
        ["relevance"] = ProjectSearchSort.Relevance,
        ["name"] = ProjectSearchSort.Name,
        ["-name"] = ProjectSearchSort.NameDescending,
        ["created"] = ProjectSearchSort.Created,
        ["-created"] = ProjectSearchSort.CreatedDescending,
        ["updated"] = ProjectSearchSort.Updated,
        ["-updated"] = ProjectSearchSort.UpdatedDescending,
    };

    public static IReadOnlyCollection<string> Names => ByName.Keys;

    public static ProjectSearchSort? From(string? name) => name is not null && ByName.TryGetValue(name, out var sort) ? sort : null;

    /// <summary>The sort asked for, or the default: relevance when searching, newest first otherwise.</summary>
    public static ProjectSearchSort Resolve(string? name, string? q) =>
        From(name) ?? (string.IsNullOrWhiteSpace(q) ? ProjectSearchSort.CreatedDescending : ProjectSearchSort.Relevance);
}
