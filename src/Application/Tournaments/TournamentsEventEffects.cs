using Platform.Application.Common.Events;
using Platform.Domain.Matches;
using Platform.Domain.Tournaments;
using ZiggyCreatures.Caching.Fusion;

namespace Platform.Application.Tournaments;

/// <summary>
/// What a committed change to a tournament makes happen (ADR 25): it and the list everyone reads leave the cache; a
/// change to one of its matches takes its cached bracket out.
/// </summary>
internal sealed class TournamentsEventEffects(IFusionCache cache)
    : IAfterCommitHandler<TournamentEvent>, IAfterCommitHandler<MatchEvent>, IAfterCommitHandler<MatchNotNeeded>
{
    public async Task HandleAsync(TournamentEvent domainEvent, CancellationToken cancellationToken) =>
        await cache.RemoveByTagAsync(
            [TournamentsCacheTags.For(domainEvent.TournamentId), TournamentsCacheTags.List],
            token: cancellationToken);

    public async Task HandleAsync(MatchEvent domainEvent, CancellationToken cancellationToken)
    {
        if (domainEvent.TournamentId is { } tournamentId)
        {
            await cache.RemoveByTagAsync(TournamentsCacheTags.For(tournamentId), token: cancellationToken);
        }
    }

    public async Task HandleAsync(MatchNotNeeded domainEvent, CancellationToken cancellationToken) =>
        await cache.RemoveByTagAsync(TournamentsCacheTags.For(domainEvent.TournamentId), token: cancellationToken);
}
