using Platform.Domain.Workouts;

namespace Platform.Application.Workouts.DeleteWorkout;

internal sealed class DeleteWorkoutHandler(IWorkoutRepository workouts)
    : IRequestHandler<DeleteWorkoutCommand, Result<Unit>>
{
    public async Task<Result<Unit>> Handle(DeleteWorkoutCommand request, CancellationToken cancellationToken)
    {
        var workout = await workouts.FindAsync(request.Id, cancellationToken);
        if (workout is null || !workout.IsOwnedBy(request.OwnerId))
        {
            return WorkoutsErrors.NotFound;
        }

        workout.Delete();
        workouts.Remove(workout);
        return Unit.Value;
    }
}
