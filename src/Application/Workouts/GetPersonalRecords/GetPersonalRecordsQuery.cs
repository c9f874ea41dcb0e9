using Platform.Application.Common.Caching;

namespace Platform.Application.Workouts.GetPersonalRecords;

/// <summary>The caller's personal records of one exercise, with the most reps at each weight.</summary>
public sealed record GetPersonalRecordsQuery(Guid ExerciseId, Guid OwnerId) : ICachedQuery<PersonalRecordsResponse>
{
    public string CacheKey => $"workouts:records:{OwnerId:N}:{ExerciseId:N}";

    // Any change to the owner's workouts may move a record; a profile change may change the unit.
    public IReadOnlyCollection<string> CacheTags => [WorkoutsCacheTags.ForOwner(OwnerId), CacheTag.ForUser(OwnerId)];

    public TimeSpan CacheDuration => TimeSpan.FromMinutes(5);
}
