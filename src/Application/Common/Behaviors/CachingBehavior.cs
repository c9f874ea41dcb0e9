using System.Collections.Concurrent;
using System.Diagnostics;
using Platform.Application.Common.Caching;
using ZiggyCreatures.Caching.Fusion;

namespace Platform.Application.Common.Behaviors;

/// <summary>
/// Serves an <see cref="ICachedQuery{TResponse}"/> from FusionCache. Only successful answers are stored;
/// concurrent misses on one key run the handler once (FusionCache's stampede protection).
/// </summary>
internal sealed class CachingBehavior<TQuery, TResponse>(IFusionCache cache)
    : IPipelineBehavior<TQuery, Result<TResponse>>
    where TQuery : ICachedQuery<TResponse>
{
    private readonly ConcurrentDictionary<TimeSpan, FusionCacheEntryOptions> _entryOptionsByDuration = new();

    public async Task<Result<TResponse>> Handle(TQuery request, CancellationToken cancellationToken, RequestHandlerDelegate<Result<TResponse>> next)
    {
        var activity = Activity.Current;
        activity?.SetTag(Tracing.CacheHitTag, true);
        try
        {
            var value = await cache.GetOrSetAsync<TResponse>(
                request.CacheKey,
                async (_, _) =>
                {
                    activity?.SetTag(Tracing.CacheHitTag, false);
                    var result = await next();
                    return result.IsSuccess ? result.Value : throw new UncacheableFailureException(result.Error);
                },
                options: EntryOptionsFor(request.CacheDuration),
                tags: request.CacheTags,
                token: cancellationToken);
            return value;
        }
        catch (UncacheableFailureException failure)
        {
            return failure.Error;
        }
    }

    /// <summary>
    /// The cache's default entry options (e.g. the Redis timeout) with the query's duration, made once per duration
    /// (FusionCache only reads them), so a hit allocates none.
    /// </summary>
    private FusionCacheEntryOptions EntryOptionsFor(TimeSpan duration) =>
        _entryOptionsByDuration.GetOrAdd(duration, key => cache.CreateEntryOptions(duration: key));

    /// <summary>Carries a failed result out of the cache factory so that nothing is stored for it.</summary>
    private sealed class UncacheableFailureException(Error error) : Exception(error.Code)
    {
        public Error Error { get; } = error;
    }
}
