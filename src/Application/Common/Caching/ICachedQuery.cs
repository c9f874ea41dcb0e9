namespace Platform.Application.Common.Caching;

/// <summary>
/// A query whose successful answers are served through the cache. The key must include every input
/// that changes the answer; the tags name what a command must invalidate to make the entry stale.
/// </summary>
public interface ICachedQuery<TResponse> : IQuery<TResponse>
{
    string CacheKey { get; }

    IReadOnlyCollection<string> CacheTags { get; }

    /// <summary>How long an entry lives when no command invalidates it first.</summary>
    TimeSpan CacheDuration { get; }
}
