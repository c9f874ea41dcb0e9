namespace Platform.Application.Exercises.DeleteExercise;

internal sealed class DeleteExerciseValidator : AbstractValidator<DeleteExerciseCommand>
{
    public DeleteExerciseValidator()
    {
        RuleFor(command => command.Id).NotEmpty();
    }
}
