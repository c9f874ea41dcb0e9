using Platform.Application.Identity.Contracts;
using Platform.Domain.Workouts;

namespace Platform.Application.Workouts.UpdateWorkout;

internal sealed class UpdateWorkoutHandler(IWorkoutRepository workouts, IUserDirectory users, TimeProvider clock)
    : IRequestHandler<UpdateWorkoutCommand, Result<WorkoutResponse>>
{
    public async Task<Result<WorkoutResponse>> Handle(UpdateWorkoutCommand request, CancellationToken cancellationToken)
    {
        var workout = await workouts.FindAsync(request.Id, cancellationToken);
        if (workout is null || !workout.IsOwnedBy(request.OwnerId))
        {
            return WorkoutsErrors.NotFound;
        }

        var updated = workout.Update(request.Title, request.Notes, request.StartedAt!.Value, request.EndedAt, clock.GetUtcNow());
        if (!updated.IsSuccess)
        {
            return updated.Error;
        }

        return WorkoutResponse.From(workout, (await DiaryOwner.LoadAsync(users, request.OwnerId, cancellationToken)).WeightUnit);
    }
}
