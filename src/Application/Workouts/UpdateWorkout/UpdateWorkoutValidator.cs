using Platform.Domain.Workouts;

namespace Platform.Application.Workouts.UpdateWorkout;

internal sealed class UpdateWorkoutValidator : AbstractValidator<UpdateWorkoutCommand>
{
    public UpdateWorkoutValidator()
    {
        RuleFor(command => command.Id).NotEmpty();
        RuleFor(command => command.Title).MaximumLength(Workout.TitleMaxLength);
        RuleFor(command => command.Notes).MaximumLength(Workout.NotesMaxLength);
        RuleFor(command => command.StartedAt).NotNull();
        RuleFor(command => command.EndedAt).GreaterThan(command => command.StartedAt)
            .When(command => command.StartedAt is not null && command.EndedAt is not null);
    }
}
