namespace Platform.Application.Exercises.CreateExercise;

internal sealed class CreateExerciseValidator : AbstractValidator<CreateExerciseCommand>
{
    public CreateExerciseValidator()
    {
        RuleFor(command => command.Name).ValidExerciseName();
        RuleFor(command => command.Category).ValidExerciseCategory();
        RuleFor(command => command.PrimaryMuscles).ValidPrimaryMuscles();
        RuleFor(command => command.SecondaryMuscles).ValidSecondaryMuscles();
        RuleFor(command => command.Equipment).ValidEquipment();
    }
}
