using Platform.Domain.Workouts;

namespace Platform.Application.Workouts.DeleteWorkout;

/// <summary>Deletes one of the caller's workouts with its sets.</summary>
public sealed record DeleteWorkoutCommand(Guid Id, Guid OwnerId) : ICommand<Unit>;

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
