using Platform.Application.Workouts.Contracts;
using Platform.Domain.Exercises;

namespace Platform.Application.Exercises.UpdateExercise;

internal sealed class UpdateExerciseHandler(IExerciseRepository exercises, IExerciseUsage workouts, TimeProvider clock)
    : IRequestHandler<UpdateExerciseCommand, Result<ExerciseResponse>>
{
    public async Task<Result<ExerciseResponse>> Handle(UpdateExerciseCommand request, CancellationToken cancellationToken)
    {
        var exercise = await exercises.FindAsync(request.Id, cancellationToken);
        if (exercise is null || !exercise.IsVisibleTo(request.OwnerId))
        {
            return ExercisesErrors.NotFound;
        }

        // Sets were checked against the category they were logged under: it may not change under them.
        var category = ExerciseNames.CategoryFrom(request.Category)!.Value;
        if (category != exercise.Category && exercise.IsOwnedBy(request.OwnerId) && await workouts.IsExerciseUsedAsync(exercise.Id, cancellationToken))
        {
            return ExercisesErrors.CategoryInUse;
        }

        var changed = exercise.Update(
            request.OwnerId, request.Name, category, request.PrimaryMuscles, request.SecondaryMuscles,
            request.Equipment, clock.GetUtcNow());
        return changed.IsSuccess ? ExerciseResponse.From(exercise) : changed.Error;
    }
}
