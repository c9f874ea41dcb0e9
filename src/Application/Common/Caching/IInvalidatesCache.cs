namespace Platform.Application.Common.Caching;

/// <summary>A command that makes cached answers stale; its tags are invalidated only after it succeeded and committed.</summary>
public interface IInvalidatesCache
{
    IReadOnlyCollection<string> CacheTagsToInvalidate { get; }
}
