namespace Platform.Application.Workouts.AddWorkoutSet;

internal sealed class AddWorkoutSetValidator : AbstractValidator<AddWorkoutSetCommand>
{
    public AddWorkoutSetValidator()
    {
        RuleFor(command => command.Id).NotEmpty();
        RuleFor(command => command.OwnerId).NotEmpty();
        this.SetFields();
    }
}
