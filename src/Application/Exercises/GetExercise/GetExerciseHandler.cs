using Platform.Domain.Exercises;

namespace Platform.Application.Exercises.GetExercise;

internal sealed class GetExerciseHandler(IExerciseRepository exercises) : IRequestHandler<GetExerciseQuery, Result<ExerciseResponse>>
{
    public async Task<Result<ExerciseResponse>> Handle(GetExerciseQuery request, CancellationToken cancellationToken)
    {
        var exercise = await exercises.FindAsync(request.Id, cancellationToken);
        if (exercise is null || !exercise.IsVisibleTo(request.UserId))
        {
            return ExercisesErrors.NotFound;
        }

        return ExerciseResponse.From(exercise);
    }
}
