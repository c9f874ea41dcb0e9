using Platform.Application.Common.Events;
using Platform.Domain.PlatformModule;
using ZiggyCreatures.Caching.Fusion;

namespace Platform.Application.PlatformModule;

#if (shared)
/// <summary>What a committed change to a platformEntity makes happen (ADR 25): it and the list everyone reads leave the cache.</summary>
#else
/// <summary>What a committed change to a platformEntity makes happen (ADR 25): it and its owner's list leave the cache.</summary>
#endif
internal sealed class PlatformModuleEventEffects(IFusionCache cache) : IAfterCommitHandler<PlatformEntityEvent>
{
    public async Task HandleAsync(PlatformEntityEvent domainEvent, CancellationToken cancellationToken) =>
        await cache.RemoveByTagAsync(
#if (shared)
            [PlatformModuleCacheTags.For(domainEvent.PlatformEntityId), PlatformModuleCacheTags.List],
#else
            [PlatformModuleCacheTags.For(domainEvent.PlatformEntityId), PlatformModuleCacheTags.ForOwner(domainEvent.OwnerId)],
#endif
            token: cancellationToken);
}
