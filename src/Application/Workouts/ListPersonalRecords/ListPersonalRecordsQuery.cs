using MapsterMapper;
using Platform.Application.Common.Caching;
using Platform.Application.Common.Paging;
using Platform.Application.Identity.Contracts;

namespace Platform.Application.Workouts.ListPersonalRecords;

/// <summary>The caller's personal records per exercise, the latest performed exercise first, one page at a time.</summary>
public sealed record ListPersonalRecordsQuery(Guid OwnerId, int Page, int PageSize) : ICachedQuery<PagedList<PersonalRecordsResponse>>
{
    public string CacheKey => $"workouts:records:{OwnerId:N}:{Page}:{PageSize}";

    public IReadOnlyCollection<string> CacheTags => [WorkoutsCacheTags.ForOwner(OwnerId), CacheTag.ForUser(OwnerId)];

    public TimeSpan CacheDuration => TimeSpan.FromMinutes(5);
}

internal sealed class ListPersonalRecordsHandler(IWorkoutProgressRepository progress, IUserDirectory users, IMapper mapper)
    : IRequestHandler<ListPersonalRecordsQuery, Result<PagedList<PersonalRecordsResponse>>>
{
    public async Task<Result<PagedList<PersonalRecordsResponse>>> Handle(ListPersonalRecordsQuery request, CancellationToken cancellationToken)
    {
        var (records, total) = await progress.ListRecordsAsync(request.OwnerId, request.Page, request.PageSize, cancellationToken);
        var unit = (await DiaryOwner.LoadAsync(users, request.OwnerId, cancellationToken)).WeightUnit;
        return new PagedList<PersonalRecordsResponse>(
            [.. records.Select(exercise => mapper.MapIn(exercise, unit))], request.Page, request.PageSize, total);
    }
}
