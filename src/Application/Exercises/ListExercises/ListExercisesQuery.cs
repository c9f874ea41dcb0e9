using MapsterMapper;
using Platform.Application.Common.Caching;
using Platform.Application.Common.Paging;

namespace Platform.Application.Exercises.ListExercises;

/// <summary>The catalogue's exercises and the caller's own, by English name, filtered and one page at a time.</summary>
public sealed record ListExercisesQuery(Guid UserId) : ICachedQuery<PagedList<ExerciseResponse>>
{
    public string? Search { get; init; }

    public string? Category { get; init; }

    public string? Muscle { get; init; }

    public string? Equipment { get; init; }

    public bool IncludeArchived { get; init; }

    public int Page { get; init; } = Paging.FirstPage;

    public int PageSize { get; init; } = Paging.DefaultPageSize;

    public string CacheKey =>
        $"exercises:list:{UserId:N}:{Search?.Trim().ToLowerInvariant()}:{Category}:{Muscle}:{Equipment}:{IncludeArchived}:{Page}:{PageSize}";

    public IReadOnlyCollection<string> CacheTags => [ExercisesCacheTags.ForOwner(UserId)];

    public TimeSpan CacheDuration => TimeSpan.FromMinutes(5);
}

internal sealed class ListExercisesHandler(IExerciseRepository exercises, IMapper mapper) : IRequestHandler<ListExercisesQuery, Result<PagedList<ExerciseResponse>>>
{
    public async Task<Result<PagedList<ExerciseResponse>>> Handle(ListExercisesQuery request, CancellationToken cancellationToken)
    {
        var filter = new ExerciseFilter(
            string.IsNullOrWhiteSpace(request.Search) ? null : request.Search.Trim(),
            ExerciseNames.CategoryFrom(request.Category),
            request.Muscle,
            request.Equipment,
            request.IncludeArchived);
        var page = await exercises.ListVisibleToAsync(request.UserId, filter, request.Page, request.PageSize, cancellationToken);
        return page.Map(mapper.Map<ExerciseResponse>);
    }
}
