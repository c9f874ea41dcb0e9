using Platform.Application.Common.Events;
using Platform.Domain.Playgrounds;
using ZiggyCreatures.Caching.Fusion;

namespace Platform.Application.Playgrounds;

/// <summary>What a committed change to a playground makes happen (ADR 25): it leaves the cache.</summary>
internal sealed class PlaygroundsEventEffects(IFusionCache cache) : IAfterCommitHandler<PlaygroundEvent>
{
    public async Task HandleAsync(PlaygroundEvent domainEvent, CancellationToken cancellationToken) =>
        await cache.RemoveByTagAsync(
            [PlaygroundsCacheTags.For(domainEvent.PlaygroundId)],
            token: cancellationToken);
}
