namespace Platform.Application.Exercises.ArchiveExercise;

internal sealed class ArchiveExerciseValidator : AbstractValidator<ArchiveExerciseCommand>
{
    public ArchiveExerciseValidator()
    {
        RuleFor(command => command.Id).NotEmpty();
    }
}
