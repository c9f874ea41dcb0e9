using Platform.Application.Common.Events;
using Platform.Domain.Teams;
using ZiggyCreatures.Caching.Fusion;

namespace Platform.Application.Teams;

/// <summary>What a committed change to a team makes happen (ADR 25): it and the list everyone reads leave the cache.</summary>
internal sealed class TeamsEventEffects(IFusionCache cache) : IAfterCommitHandler<TeamEvent>
{
    public async Task HandleAsync(TeamEvent domainEvent, CancellationToken cancellationToken) =>
        await cache.RemoveByTagAsync(
            [TeamsCacheTags.For(domainEvent.TeamId), TeamsCacheTags.List],
            token: cancellationToken);
}
