namespace Platform.Application.Workouts.GetWorkout;

internal sealed class GetWorkoutValidator : AbstractValidator<GetWorkoutQuery>
{
    public GetWorkoutValidator()
    {
        RuleFor(query => query.Id).NotEmpty();
    }
}
