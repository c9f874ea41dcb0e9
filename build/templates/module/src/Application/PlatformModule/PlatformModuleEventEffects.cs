using Platform.Application.Common.Events;
using Platform.Domain.PlatformModule;
using ZiggyCreatures.Caching.Fusion;

namespace Platform.Application.PlatformModule;

/// <summary>What a committed change to a platformEntity makes happen (ADR 25): it and its owner's list leave the cache.</summary>
internal sealed class PlatformModuleEventEffects(IFusionCache cache) : IAfterCommitHandler<PlatformEntityEvent>
{
    public async Task HandleAsync(PlatformEntityEvent domainEvent, CancellationToken cancellationToken) =>
        await cache.RemoveByTagAsync(
            [PlatformModuleCacheTags.For(domainEvent.PlatformEntityId), PlatformModuleCacheTags.ForOwner(domainEvent.OwnerId)],
            token: cancellationToken);
}
