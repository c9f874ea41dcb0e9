namespace Platform.Application.Common.Caching;

/// <summary>
/// Tags a command's handler learns only while it runs (e.g. the members of the project it changed), to be invalidated
/// with the command's own <see cref="IInvalidatesCache.CacheTagsToInvalidate"/> after it succeeded and committed.
/// One per request scope.
/// </summary>
public sealed class CacheInvalidations
{
    private readonly HashSet<string> _tags = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> Tags => _tags;

    public void Add(IEnumerable<string> tags) => _tags.UnionWith(tags);
}
