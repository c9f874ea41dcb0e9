namespace Platform.Application.Projects.GetProjectStats;

internal sealed class GetProjectStatsValidator : AbstractValidator<GetProjectStatsQuery>
{
    public GetProjectStatsValidator()
    {
        RuleFor(query => query.Weeks).InclusiveBetween(1, GetProjectStatsQuery.MaxWeeks).WithErrorCode("weeks_invalid");
    }
}
