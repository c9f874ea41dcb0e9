namespace Platform.Application.Workouts.GetPersonalRecords;

internal sealed class GetPersonalRecordsValidator : AbstractValidator<GetPersonalRecordsQuery>
{
    public GetPersonalRecordsValidator()
    {
        RuleFor(query => query.ExerciseId).NotEmpty();
    }
}
