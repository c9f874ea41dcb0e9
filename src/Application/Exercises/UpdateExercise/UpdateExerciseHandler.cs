using MediatR;
using Platform.Domain.Common;
using Platform.Domain.Exercises;

namespace Platform.Application.Exercises.UpdateExercise;

internal sealed class UpdateExerciseHandler(IExerciseRepository exercises, TimeProvider clock)
    : IRequestHandler<UpdateExerciseCommand, Result<ExerciseResponse>>
{
    public async Task<Result<ExerciseResponse>> Handle(UpdateExerciseCommand request, CancellationToken cancellationToken)
    {
        var exercise = await exercises.FindAsync(request.Id, cancellationToken);
        if (exercise is null || !exercise.IsVisibleTo(request.OwnerId))
        {
            return ExercisesErrors.NotFound;
        }

        var changed = exercise.Update(
            request.OwnerId, request.Name, ExerciseNames.CategoryFrom(request.Category)!.Value, request.PrimaryMuscles, request.SecondaryMuscles,
            request.Equipment, clock.GetUtcNow());
        return changed.IsSuccess ? ExerciseResponse.From(exercise) : changed.Error;
    }
}
