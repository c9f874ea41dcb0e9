using MediatR;
using Platform.Application.Common.Caching;
using Platform.Application.Common.Messaging;
using Platform.Domain.Common;
using ZiggyCreatures.Caching.Fusion;

namespace Platform.Application.Common.Behaviors;

/// <summary>
/// Expires the cache tags a command names (<see cref="IInvalidatesCache"/>) and the ones its handler added
/// (<see cref="CacheInvalidations"/>), after the command succeeded and its changes were committed (this behavior wraps
/// the unit of work), so a failed command never evicts and a read never sees stale data.
/// </summary>
internal sealed class CacheInvalidationBehavior<TRequest, TResponse>(IFusionCache cache, CacheInvalidations handlerTags)
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

        var tags = (request as IInvalidatesCache)?.CacheTagsToInvalidate.Concat(handlerTags.Tags).Distinct().ToList() ?? [.. handlerTags.Tags];
        if (tags.Count > 0)
        {
            // The change is committed: finish invalidating even if the caller has gone away.
            await cache.RemoveByTagAsync(tags, token: CancellationToken.None);
        }

        return response;
    }
}
