using Platform.Domain.Exercises;

namespace Platform.Application.Exercises.CreateExercise;

internal sealed class CreateExerciseHandler(IExerciseRepository exercises, TimeProvider clock)
    : IRequestHandler<CreateExerciseCommand, Result<ExerciseResponse>>
{
    public Task<Result<ExerciseResponse>> Handle(CreateExerciseCommand request, CancellationToken cancellationToken)
    {
        var exercise = Exercise.CreateCustom(
            request.OwnerId, request.Name, ExerciseNames.CategoryFrom(request.Category)!.Value, request.PrimaryMuscles, request.SecondaryMuscles,
            request.Equipment, clock.GetUtcNow());
        if (!exercise.IsSuccess)
        {
            return Task.FromResult<Result<ExerciseResponse>>(exercise.Error);
        }

        exercises.Add(exercise.Value);
        return Task.FromResult<Result<ExerciseResponse>>(ExerciseResponse.From(exercise.Value));
    }
}
