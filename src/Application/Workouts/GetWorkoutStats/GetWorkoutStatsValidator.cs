using Platform.Domain.Workouts;

namespace Platform.Application.Workouts.GetWorkoutStats;

internal sealed class GetWorkoutStatsValidator : AbstractValidator<GetWorkoutStatsQuery>
{
    private static readonly DateOnly EarliestDay = new(1900, 1, 1);
    private static readonly DateOnly LatestDay = new(2200, 12, 31);

    public GetWorkoutStatsValidator()
    {
        RuleFor(query => query.From).InclusiveBetween(EarliestDay, LatestDay);
        RuleFor(query => query.To).InclusiveBetween(EarliestDay, LatestDay);
        RuleFor(query => query.To).GreaterThanOrEqualTo(query => query.From)
            .WithErrorCode(WorkoutsErrors.StatisticsRangeInvalid.Code).WithMessage(WorkoutsErrors.StatisticsRangeInvalid.Message)
            .When(query => query.From is not null && query.To is not null);
        RuleFor(query => query.To).Must((query, to) => to!.Value.DayNumber - query.From!.Value.DayNumber < GetWorkoutStatsQuery.MaxDays)
            .WithErrorCode(WorkoutsErrors.StatisticsRangeInvalid.Code).WithMessage(WorkoutsErrors.StatisticsRangeInvalid.Message)
            .When(query => query.From is not null && query.To is not null);
    }
}
