namespace Platform.Domain.Reports;

/// <summary>The expected failures of the Reports module, with the codes clients see.</summary>
public static class ReportsErrors
{
    public static readonly Error NotFound = Error.NotFound("report_not_found", "There is no report with this key.");

    public static readonly Error AdministratorsOnly = Error.Forbidden("report_forbidden", "Only administrators may run this report.");

    public static readonly Error ProjectRequired =
        Error.Validation("report_project_required", "This report is about one project: name it with projectId.");

    public static readonly Error ProjectNotFound = Error.NotFound("report_project_not_found", "There is no project with this id that you are a member of.");

    public static readonly Error ProjectManagersOnly =
        Error.Forbidden("report_project_forbidden", "Only the project's owner and maintainers may run its reports.");

    public static readonly Error RangeInvalid = Error.Validation("report_range_invalid", "The range ends before it starts.");

    public static readonly Error RangeTooLong = Error.Validation(
        "report_range_too_long",
        $"The range is too long for its granularity: at most {ReportGranularity.MaxDays} days by day, {ReportGranularity.MaxWeeks} weeks by week, " +
        $"{ReportGranularity.MaxMonths} months by month.");

    public static readonly Error TimeZoneUnknown = Error.Validation("report_time_zone_unknown", "The time zone is not a known IANA time zone.");
}
