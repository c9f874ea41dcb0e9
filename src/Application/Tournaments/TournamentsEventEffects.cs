using Platform.Application.Common.Events;
using Platform.Domain.Tournaments;
using ZiggyCreatures.Caching.Fusion;

namespace Platform.Application.Tournaments;

/// <summary>What a committed change to a tournament makes happen (ADR 25): it and the list everyone reads leave the cache.</summary>
internal sealed class TournamentsEventEffects(IFusionCache cache) : IAfterCommitHandler<TournamentEvent>
{
    public async Task HandleAsync(TournamentEvent domainEvent, CancellationToken cancellationToken) =>
        await cache.RemoveByTagAsync(
            [TournamentsCacheTags.For(domainEvent.TournamentId), TournamentsCacheTags.List],
            token: cancellationToken);
}
