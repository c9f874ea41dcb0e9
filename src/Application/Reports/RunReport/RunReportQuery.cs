using Platform.Application.Identity.Contracts;
using Platform.Domain.Projects;
using Platform.Domain.Reports;

namespace Platform.Application.Reports.RunReport;

/// <summary>
/// Runs one report over the local days [<paramref name="From"/>, <paramref name="To"/>] of <paramref name="TimeZone"/>
/// (the caller's profile zone when left out), cut by <paramref name="Granularity"/> (the report's default when left out).
/// Without a range, the 30 days up to today.
/// </summary>
public sealed record RunReportQuery(
    Guid CallerId, bool CallerIsAdministrator, string Key, DateOnly? From, DateOnly? To, string? Granularity, string? TimeZone, Guid? ProjectId)
    : IQuery<ReportRun>
{
    public const int DefaultDays = 30;
    public const int TimeZoneMaxLength = 64;
}

/// <summary>A report's run: what was asked, the columns, and the rows as PostgreSQL streams them.</summary>
public sealed record ReportRun(
    string Key, string Title, DateOnly From, DateOnly To, string Granularity, string TimeZone, IReadOnlyList<ReportColumn> Columns,
    IAsyncEnumerable<object?[]> Rows);

internal sealed class RunReportHandler(IReportRepository reports, IUserDirectory users, TimeProvider clock)
    : IRequestHandler<RunReportQuery, Result<ReportRun>>
{
    public async Task<Result<ReportRun>> Handle(RunReportQuery request, CancellationToken cancellationToken)
    {
        if (ReportCatalogue.Find(request.Key) is not { } report)
        {
            return ReportsErrors.NotFound;
        }

        var allowed = await AuthorizeAsync(report, request, cancellationToken);
        if (!allowed.IsSuccess)
        {
            return allowed.Error!;
        }

        var zoneId = request.TimeZone ?? (await users.FindAsync(request.CallerId, cancellationToken))?.TimeZone ?? UserCard.DefaultTimeZone;
        if (IanaZone(zoneId) is not { } zone || !await reports.KnowsTimeZoneAsync(zone, cancellationToken))
        {
            return ReportsErrors.TimeZoneUnknown;
        }

        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeBySystemTimeZoneId(clock.GetUtcNow(), zone).DateTime);
        var to = request.To ?? (request.From is { } start ? start.AddDays(RunReportQuery.DefaultDays - 1) : today);
        var from = request.From ?? to.AddDays(-(RunReportQuery.DefaultDays - 1));
        var granularity = request.Granularity ?? report.DefaultGranularity;
        if (to < from)
        {
            return ReportsErrors.RangeInvalid;
        }

        if (!ReportGranularity.Fits(granularity, from, to))
        {
            return ReportsErrors.RangeTooLong;
        }

        var window = new ReportWindow(from, to, granularity, zone);
        return new ReportRun(report.Key, report.Title, from, to, granularity, zone, report.Columns,
            reports.RunAsync(report, window, request.CallerId, request.ProjectId, cancellationToken));
    }

    private async Task<Result<bool>> AuthorizeAsync(ReportDefinition report, RunReportQuery request, CancellationToken cancellationToken)
    {
        switch (report.Audience)
        {
            case ReportAudience.Administrators when !request.CallerIsAdministrator:
                return ReportsErrors.AdministratorsOnly;
            case ReportAudience.ProjectManagers when request.ProjectId is not { } projectId:
                return ReportsErrors.ProjectRequired;
            case ReportAudience.ProjectManagers:
                return await reports.ProjectRoleAsync(request.ProjectId.Value, request.CallerId, cancellationToken) switch
                {
                    null => ReportsErrors.ProjectNotFound,
                    ProjectRole.Owner or ProjectRole.Maintainer => true,
                    _ => ReportsErrors.ProjectManagersOnly,
                };
            default:
                return true;
        }
    }

    /// <summary>The IANA id of a zone .NET knows (a Windows id is translated), or null.</summary>
    private static string? IanaZone(string id) =>
        !TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? null
        : zone.HasIanaId ? zone.Id
        : TimeZoneInfo.TryConvertWindowsIdToIanaId(zone.Id, out var iana) ? iana : null;
}
