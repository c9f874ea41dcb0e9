using Platform.Domain.Reports;

namespace Platform.Application.Reports.RunReport;

internal sealed class RunReportValidator : AbstractValidator<RunReportQuery>
{
    private static readonly DateOnly EarliestDay = new(2000, 1, 1);
    private static readonly DateOnly LatestDay = new(2200, 12, 31);

    public RunReportValidator()
    {
        RuleFor(query => query.From).InclusiveBetween(EarliestDay, LatestDay);
        RuleFor(query => query.To).InclusiveBetween(EarliestDay, LatestDay);
        RuleFor(query => query.Granularity).Must(granularity => ReportGranularity.All.Contains(granularity!))
            .When(query => query.Granularity is not null)
            .WithMessage($"granularity must be one of: {string.Join(", ", ReportGranularity.All)}.");
        RuleFor(query => query.TimeZone).MaximumLength(RunReportQuery.TimeZoneMaxLength);
    }
}
