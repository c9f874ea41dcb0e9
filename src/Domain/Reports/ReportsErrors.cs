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

    public static readonly Error TooLargeToAnswer = Error.Unprocessable(
        "report_too_large",
        "The report has more rows than a direct answer may hold: ask for it as a file with POST /api/v1/reports/{key}/exports.");

    public static readonly Error ExportNotFound = Error.NotFound("report_export_not_found", "There is no export with this id that you asked for.");

    public static readonly Error ExportNotReady = Error.Conflict("report_export_not_ready", "The export is still being written: its status says when it is ready.");

    public static readonly Error ExportFailed = Error.Conflict("report_export_failed", "The export could not be written: ask for a new one.");

    public static readonly Error ExportExpired = Error.Gone(
        "report_export_expired", $"The export's file was deleted {ReportExport.Lifetime.TotalHours:0} hours after it was written: ask for a new one.");

    public static readonly Error ExportLimitReached = Error.Conflict(
        "report_export_limit", $"You have {ReportExport.MaxPendingPerUser} exports being written: wait for one of them to be ready.");
}
