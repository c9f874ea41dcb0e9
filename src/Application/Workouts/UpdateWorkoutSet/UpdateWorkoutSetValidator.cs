namespace Platform.Application.Workouts.UpdateWorkoutSet;

internal sealed class UpdateWorkoutSetValidator : AbstractValidator<UpdateWorkoutSetCommand>
{
    public UpdateWorkoutSetValidator()
    {
        RuleFor(command => command.Id).NotEmpty();
        RuleFor(command => command.SetId).NotEmpty();
        this.SetFields();
    }
}
