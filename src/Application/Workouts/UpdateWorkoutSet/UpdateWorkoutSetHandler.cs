using Platform.Application.Exercises.Contracts;
using Platform.Application.Identity.Contracts;
using Platform.Domain.Workouts;

namespace Platform.Application.Workouts.UpdateWorkoutSet;

internal sealed class UpdateWorkoutSetHandler(IWorkoutRepository workouts, IExerciseCatalog exercises, IUserDirectory users, TimeProvider clock)
    : IRequestHandler<UpdateWorkoutSetCommand, Result<WorkoutResponse>>
{
    public async Task<Result<WorkoutResponse>> Handle(UpdateWorkoutSetCommand request, CancellationToken cancellationToken)
    {
        var workout = await workouts.FindAsync(request.Id, cancellationToken);
        if (workout is null || !workout.IsOwnedBy(request.OwnerId))
        {
            return WorkoutsErrors.NotFound;
        }

        var existing = workout.Sets.SingleOrDefault(set => set.Id == request.SetId);
        if (existing is null)
        {
            return WorkoutsErrors.SetNotFound;
        }

        var owner = await DiaryOwner.LoadAsync(users, request.OwnerId, cancellationToken);
        var planned = await SetPlanning.PlanAsync(exercises, request.OwnerId, [request.Set], owner.WeightUnit, existing.ExerciseId, cancellationToken);
        if (!planned.IsSuccess)
        {
            return planned.Error;
        }

        var changed = workout.ChangeSet(request.SetId, planned.Value[0], clock.GetUtcNow());
        return changed.IsSuccess ? WorkoutResponse.From(workout, owner.WeightUnit) : changed.Error;
    }
}
