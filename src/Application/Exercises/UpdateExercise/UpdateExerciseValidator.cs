namespace Platform.Application.Exercises.UpdateExercise;

internal sealed class UpdateExerciseValidator : AbstractValidator<UpdateExerciseCommand>
{
    public UpdateExerciseValidator()
    {
        RuleFor(command => command.Id).NotEmpty();
        RuleFor(command => command.Name).ValidExerciseName();
        RuleFor(command => command.Category).ValidExerciseCategory();
        RuleFor(command => command.PrimaryMuscles).ValidPrimaryMuscles();
        RuleFor(command => command.SecondaryMuscles).ValidSecondaryMuscles();
        RuleFor(command => command.Equipment).ValidEquipment();
    }
}
