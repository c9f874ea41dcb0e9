using MediatR;
using Platform.Application.Exercises;
using Platform.Domain.Common;
using Platform.Domain.Workouts;

namespace Platform.Application.Workouts.CreateWorkout;

internal sealed class CreateWorkoutHandler(IWorkoutRepository workouts, IExerciseRepository exercises, TimeProvider clock)
    : IRequestHandler<CreateWorkoutCommand, Result<WorkoutResponse>>
{
    public async Task<Result<WorkoutResponse>> Handle(CreateWorkoutCommand request, CancellationToken cancellationToken)
    {
        var inputs = request.Sets ?? [];
        var usable = (await exercises.FindManyAsync([.. inputs.Select(set => set.ExerciseId).Distinct()], cancellationToken))
            .Where(exercise => exercise.IsVisibleTo(request.OwnerId) && !exercise.IsArchived)
            .ToDictionary(exercise => exercise.Id);
        if (inputs.Any(set => !usable.ContainsKey(set.ExerciseId)))
        {
            return WorkoutsErrors.ExerciseUnavailable;
        }

        var planned = inputs
            .Select(set => new PlannedSet(
                set.ExerciseId, usable[set.ExerciseId].Category,
                new SetMeasures(set.Reps, set.WeightKg, set.DurationSeconds, set.DistanceMeters, set.Rpe, set.IsWarmUp)))
            .ToList();
        var workout = Workout.Log(request.OwnerId, request.Title, request.Notes, request.StartedAt!.Value, request.EndedAt, planned, clock.GetUtcNow());
        if (!workout.IsSuccess)
        {
            return workout.Error;
        }

        workouts.Add(workout.Value);
        return WorkoutResponse.From(workout.Value);
    }
}
