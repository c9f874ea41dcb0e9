using Platform.Application.Common.Events;
using Platform.Domain.Exercises;
using Platform.Domain.Workouts;
using ZiggyCreatures.Caching.Fusion;

namespace Platform.Application.Workouts;

/// <summary>
/// What a committed change makes stale in the diary (ADR 25): a changed workout and everything cached for its owner
/// (lists, records, statistics); and, since statistics group volume by an exercise's muscles, the owner's diary when
/// one of their exercises is redescribed (the Exercises module's published event).
/// </summary>
internal sealed class WorkoutEventEffects(IFusionCache cache) : IAfterCommitHandler<WorkoutEvent>, IAfterCommitHandler<ExerciseUpdated>
{
    public async Task HandleAsync(WorkoutEvent domainEvent, CancellationToken cancellationToken) =>
        await cache.RemoveByTagAsync(
            [WorkoutsCacheTags.For(domainEvent.WorkoutId), WorkoutsCacheTags.ForOwner(domainEvent.OwnerId)], token: cancellationToken);

    public async Task HandleAsync(ExerciseUpdated domainEvent, CancellationToken cancellationToken) =>
        await cache.RemoveByTagAsync(WorkoutsCacheTags.ForOwner(domainEvent.OwnerId), token: cancellationToken);
}
