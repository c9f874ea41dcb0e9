using Platform.Domain.Workouts;

namespace Platform.Application.Workouts.ReorderWorkoutSets;

internal sealed class ReorderWorkoutSetsValidator : AbstractValidator<ReorderWorkoutSetsCommand>
{
    public ReorderWorkoutSetsValidator()
    {
        RuleFor(command => command.Id).NotEmpty();
        RuleFor(command => command.SetIds).NotNull();
        RuleFor(command => command.SetIds).Must(ids => ids is null || ids.Count <= Workout.MaxSets)
            .WithErrorCode(WorkoutsErrors.SetOrderInvalid.Code).WithMessage(WorkoutsErrors.SetOrderInvalid.Message);
    }
}
