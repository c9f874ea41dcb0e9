using Platform.Application.Common.Caching;
using Platform.Application.Common.Paging;

namespace Platform.Application.Workouts.ListWorkouts;

/// <summary>The caller's workouts that started in [<paramref name="From"/>, <paramref name="To"/>), the latest first, one page at a time.</summary>
public sealed record ListWorkoutsQuery(Guid OwnerId, DateTimeOffset? From, DateTimeOffset? To, int Page, int PageSize)
    : ICachedQuery<PagedList<WorkoutSummaryResponse>>
{
    public string CacheKey => $"workouts:list:{OwnerId:N}:{From?.UtcTicks}:{To?.UtcTicks}:{Page}:{PageSize}";

    public IReadOnlyCollection<string> CacheTags => [WorkoutsCacheTags.ForOwner(OwnerId)];

    public TimeSpan CacheDuration => TimeSpan.FromMinutes(5);
}

internal sealed class ListWorkoutsHandler(IWorkoutRepository workouts) : IRequestHandler<ListWorkoutsQuery, Result<PagedList<WorkoutSummaryResponse>>>
{
    public async Task<Result<PagedList<WorkoutSummaryResponse>>> Handle(ListWorkoutsQuery request, CancellationToken cancellationToken)
    {
        return await workouts.ListByOwnerAsync(request.OwnerId, request.From, request.To, request.Page, request.PageSize, cancellationToken);
    }
}
