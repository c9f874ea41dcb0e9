using Platform.Application.Exercises.Contracts;
using Platform.Application.Identity.Contracts;
using Platform.Domain.Workouts;

namespace Platform.Application.Workouts.AddWorkoutSet;

internal sealed class AddWorkoutSetHandler(IWorkoutRepository workouts, IExerciseCatalog exercises, IUserDirectory users, TimeProvider clock)
    : IRequestHandler<AddWorkoutSetCommand, Result<WorkoutResponse>>
{
    public async Task<Result<WorkoutResponse>> Handle(AddWorkoutSetCommand request, CancellationToken cancellationToken)
    {
        var workout = await workouts.FindAsync(request.Id, cancellationToken);
        if (workout is null || !workout.IsOwnedBy(request.OwnerId))
        {
            return WorkoutsErrors.NotFound;
        }

        var owner = await DiaryOwner.LoadAsync(users, request.OwnerId, cancellationToken);
        var planned = await SetPlanning.PlanAsync(exercises, request.OwnerId, [request.Set], owner.WeightUnit, keptExerciseId: null, cancellationToken);
        if (!planned.IsSuccess)
        {
            return planned.Error;
        }

        var added = workout.AddSet(planned.Value[0], clock.GetUtcNow());
        return added.IsSuccess ? WorkoutResponse.From(workout, owner.WeightUnit) : added.Error;
    }
}
