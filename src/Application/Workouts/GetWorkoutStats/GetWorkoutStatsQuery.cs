using Platform.Application.Common.Caching;

namespace Platform.Application.Workouts.GetWorkoutStats;

/// <summary>
/// The caller's statistics over the local days [<paramref name="From"/>, <paramref name="To"/>]; without them, the 12 weeks
/// (84 days) up to today in the caller's time zone.
/// </summary>
public sealed record GetWorkoutStatsQuery(Guid OwnerId, DateOnly? From, DateOnly? To) : ICachedQuery<WorkoutStatsResponse>
{
    public const int DefaultDays = 84;
    public const int MaxDays = 3660;

    public string CacheKey => $"workouts:stats:{OwnerId:N}:{From:O}:{To:O}";

    // Any change to the owner's workouts changes the figures; a profile change may change the unit or the time zone.
    public IReadOnlyCollection<string> CacheTags => [WorkoutsCacheTags.ForOwner(OwnerId), CacheTag.ForUser(OwnerId)];

    // Short, because "today" moves when the range is left out.
    public TimeSpan CacheDuration => TimeSpan.FromMinutes(1);
}
