using Platform.Domain.Workouts;

namespace Platform.Application.Workouts.DeleteWorkoutSet;

/// <summary>Deletes one set of the caller's workouts; the sets after it move up one place.</summary>
public sealed record DeleteWorkoutSetCommand(Guid Id, Guid SetId, Guid OwnerId) : ICommand<Unit>;

internal sealed class DeleteWorkoutSetHandler(IWorkoutRepository workouts, TimeProvider clock)
    : IRequestHandler<DeleteWorkoutSetCommand, Result<Unit>>
{
    public async Task<Result<Unit>> Handle(DeleteWorkoutSetCommand request, CancellationToken cancellationToken)
    {
        var workout = await workouts.FindAsync(request.Id, cancellationToken);
        if (workout is null || !workout.IsOwnedBy(request.OwnerId))
        {
            return WorkoutsErrors.NotFound;
        }

        var removed = workout.RemoveSet(request.SetId, clock.GetUtcNow());
        return removed.IsSuccess ? Unit.Value : removed.Error;
    }
}
