using Platform.Application.Common.Events;
using Platform.Domain.Exercises;
using ZiggyCreatures.Caching.Fusion;

namespace Platform.Application.Exercises;

/// <summary>What a committed change to a user's exercise makes happen (ADR 25): it and its owner's lists leave the cache.</summary>
internal sealed class ExerciseEventEffects(IFusionCache cache) : IAfterCommitHandler<ExerciseEvent>
{
    public async Task HandleAsync(ExerciseEvent domainEvent, CancellationToken cancellationToken) =>
        await cache.RemoveByTagAsync(
            [ExercisesCacheTags.For(domainEvent.ExerciseId), ExercisesCacheTags.ForOwner(domainEvent.OwnerId)], token: cancellationToken);
}
