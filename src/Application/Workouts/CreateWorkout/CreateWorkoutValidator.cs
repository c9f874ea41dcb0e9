using Platform.Domain.Workouts;

namespace Platform.Application.Workouts.CreateWorkout;

internal sealed class CreateWorkoutValidator : AbstractValidator<CreateWorkoutCommand>
{
    public CreateWorkoutValidator()
    {
        RuleFor(command => command.Title).MaximumLength(Workout.TitleMaxLength);
        RuleFor(command => command.Notes).MaximumLength(Workout.NotesMaxLength);
        RuleFor(command => command.StartedAt).NotNull();
        RuleFor(command => command.EndedAt).GreaterThan(command => command.StartedAt)
            .When(command => command.StartedAt is not null && command.EndedAt is not null);
        RuleFor(command => command.Sets).Must(sets => sets is null || sets.Count <= Workout.MaxSets)
            .WithErrorCode(WorkoutsErrors.TooManySets.Code).WithMessage(WorkoutsErrors.TooManySets.Message);
        RuleForEach(command => command.Sets).NotNull().SetValidator(new SetInputValidator());
    }
}
