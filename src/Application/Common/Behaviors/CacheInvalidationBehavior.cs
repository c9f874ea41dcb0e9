using Platform.Application.Common.Caching;
using ZiggyCreatures.Caching.Fusion;

namespace Platform.Application.Common.Behaviors;

/// <summary>
/// Expires the cache tags a command names (<see cref="IInvalidatesCache"/>) after the command succeeded and its changes
/// were committed (this behavior wraps the unit of work), so a failed command never evicts and a read never sees stale
/// data. Modules that raise domain events invalidate in their after-commit handlers instead (ADR 25).
/// </summary>
internal sealed class CacheInvalidationBehavior<TRequest, TResponse>(IFusionCache cache)
    : IPipelineBehavior<TRequest, TResponse>
    where TRequest : ICommand
    where TResponse : IOutcome
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var response = await next();
        if (!response.IsSuccess)
        {
            return response;
        }

        if (request is IInvalidatesCache { CacheTagsToInvalidate: { Count: > 0 } tags })
        {
            // The change is committed: finish invalidating even if the caller has gone away.
            await cache.RemoveByTagAsync(tags, token: CancellationToken.None);
        }

        return response;
    }
}
