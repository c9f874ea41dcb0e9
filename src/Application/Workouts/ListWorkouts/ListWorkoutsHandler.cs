using Platform.Application.Common.Paging;

namespace Platform.Application.Workouts.ListWorkouts;

internal sealed class ListWorkoutsHandler(IWorkoutRepository workouts) : IRequestHandler<ListWorkoutsQuery, Result<PagedList<WorkoutSummaryResponse>>>
{
    public async Task<Result<PagedList<WorkoutSummaryResponse>>> Handle(ListWorkoutsQuery request, CancellationToken cancellationToken)
    {
        return await workouts.ListByOwnerAsync(request.OwnerId, request.From, request.To, request.Page, request.PageSize, cancellationToken);
    }
}
