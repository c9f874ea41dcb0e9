namespace Platform.Application.Exercises.GetExercise;

internal sealed class GetExerciseValidator : AbstractValidator<GetExerciseQuery>
{
    public GetExerciseValidator()
    {
        RuleFor(query => query.Id).NotEmpty();
    }
}
