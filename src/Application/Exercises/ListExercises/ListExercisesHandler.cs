using Platform.Application.Common.Paging;

namespace Platform.Application.Exercises.ListExercises;

internal sealed class ListExercisesHandler(IExerciseRepository exercises) : IRequestHandler<ListExercisesQuery, Result<PagedList<ExerciseResponse>>>
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
        return page.Map(ExerciseResponse.From);
    }
}
