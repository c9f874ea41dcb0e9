using MediatR;
using Platform.Application.Common.Caching;
using Platform.Domain.Common;
using ZiggyCreatures.Caching.Fusion;

namespace Platform.Application.Common.Behaviors;

/// <summary>
/// Expires the cache tags a command names, after the command succeeded and its changes were committed
/// (this behavior wraps the unit of work), so a failed command never evicts and a read never sees stale data.
/// </summary>
internal sealed class CacheInvalidationBehavior<TRequest, TResponse>(IFusionCache cache)
    : IPipelineBehavior<TRequest, TResponse>
    where TRequest : IInvalidatesCache
    where TResponse : IOutcome
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var response = await next();
        if (response.IsSuccess && request.CacheTagsToInvalidate.Count > 0)
        {
            // The change is committed: finish invalidating even if the caller has gone away.
            await cache.RemoveByTagAsync(request.CacheTagsToInvalidate, token: CancellationToken.None);
        }

        return response;
    }
}
