namespace Platform.Application.Workouts.DeleteWorkout;

internal sealed class DeleteWorkoutValidator : AbstractValidator<DeleteWorkoutCommand>
{
    public DeleteWorkoutValidator()
    {
        RuleFor(command => command.Id).NotEmpty();
    }
}
