namespace Platform.Application.Workouts.AddWorkoutSet;

internal sealed class AddWorkoutSetValidator : AbstractValidator<AddWorkoutSetCommand>
{
    public AddWorkoutSetValidator()
    {
        RuleFor(command => command.Id).NotEmpty();
        this.SetFields();
    }
}
