using Platform.Application.Common.Caching;
using Platform.Application.Common.Paging;

namespace Platform.Application.Workouts.ListPersonalRecords;

/// <summary>The caller's personal records per exercise, the latest performed exercise first, one page at a time.</summary>
public sealed record ListPersonalRecordsQuery(Guid OwnerId, int Page, int PageSize) : ICachedQuery<PagedList<PersonalRecordsResponse>>
{
    public string CacheKey => $"workouts:records:{OwnerId:N}:{Page}:{PageSize}";

    public IReadOnlyCollection<string> CacheTags => [WorkoutsCacheTags.ForOwner(OwnerId), CacheTag.ForUser(OwnerId)];

    public TimeSpan CacheDuration => TimeSpan.FromMinutes(5);
}
