using Platform.Application.Identity.Contracts;
using Platform.Domain.Workouts;

namespace Platform.Application.Workouts.ReorderWorkoutSets;

internal sealed class ReorderWorkoutSetsHandler(IWorkoutRepository workouts, IUserDirectory users, TimeProvider clock)
    : IRequestHandler<ReorderWorkoutSetsCommand, Result<WorkoutResponse>>
{
    public async Task<Result<WorkoutResponse>> Handle(ReorderWorkoutSetsCommand request, CancellationToken cancellationToken)
    {
        var workout = await workouts.FindAsync(request.Id, cancellationToken);
        if (workout is null || !workout.IsOwnedBy(request.OwnerId))
        {
            return WorkoutsErrors.NotFound;
        }

        var reordered = workout.ReorderSets(request.SetIds!, clock.GetUtcNow());
        if (!reordered.IsSuccess)
        {
            return reordered.Error;
        }

        return WorkoutResponse.From(workout, (await DiaryOwner.LoadAsync(users, request.OwnerId, cancellationToken)).WeightUnit);
    }
}
