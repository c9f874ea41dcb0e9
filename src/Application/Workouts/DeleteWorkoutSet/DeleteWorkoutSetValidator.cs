namespace Platform.Application.Workouts.DeleteWorkoutSet;

internal sealed class DeleteWorkoutSetValidator : AbstractValidator<DeleteWorkoutSetCommand>
{
    public DeleteWorkoutSetValidator()
    {
        RuleFor(command => command.Id).NotEmpty();
        RuleFor(command => command.SetId).NotEmpty();
    }
}
