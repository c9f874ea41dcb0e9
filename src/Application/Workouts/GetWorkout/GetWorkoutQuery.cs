using Platform.Application.Common.Caching;

namespace Platform.Application.Workouts.GetWorkout;

/// <summary>One of the caller's workouts with its sets (anyone else's is workout_not_found).</summary>
public sealed record GetWorkoutQuery(Guid Id, Guid OwnerId) : ICachedQuery<WorkoutResponse>
{
    public string CacheKey => $"workouts:get:{OwnerId:N}:{Id:N}";

    // The user's tag too: a profile change of the weight unit changes the answer.
    public IReadOnlyCollection<string> CacheTags => [WorkoutsCacheTags.For(Id), CacheTag.ForUser(OwnerId)];

    public TimeSpan CacheDuration => TimeSpan.FromMinutes(5);
}
