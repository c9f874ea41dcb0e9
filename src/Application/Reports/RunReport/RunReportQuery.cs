using Microsoft.Extensions.Options;
using Platform.Domain.Reports;

namespace Platform.Application.Reports.RunReport;

/// <summary>Runs one report and answers its rows directly: at most <see cref="ReportOptions.RowCap"/> of them.</summary>
public sealed record RunReportQuery(
    Guid CallerId, bool CallerIsAdministrator, string Key, DateOnly? From, DateOnly? To, string? Granularity, string? TimeZone, Guid? ProjectId)
    : IQuery<ReportRun>, IReportRequest;

/// <summary>A report's run: what was asked, the columns, and the rows.</summary>
public sealed record ReportRun(
    string Key, string Title, DateOnly From, DateOnly To, string Granularity, string TimeZone, IReadOnlyList<ReportColumn> Columns,
    IReadOnlyList<object?[]> Rows);

internal sealed class RunReportValidator : ReportRequestValidator<RunReportQuery>;

/// <summary>
/// Reads one row past the cap, so that a report too long for a direct answer is refused before any of it is sent
/// (a half-sent answer could not become an error any more); the rows within the cap are held, a bounded amount.
/// </summary>
internal sealed class RunReportHandler(ReportRequests requests, IReportRepository reports, IOptions<ReportOptions> options)
    : IRequestHandler<RunReportQuery, Result<ReportRun>>
{
    public async Task<Result<ReportRun>> Handle(RunReportQuery request, CancellationToken cancellationToken)
    {
        var resolved = await requests.ResolveAsync(request, cancellationToken);
        if (!resolved.IsSuccess)
        {
            return resolved.Error!;
        }

        var (report, window) = resolved.Value;
        var cap = options.Value.RowCap;
        var rows = new List<object?[]>();
        await foreach (var row in reports.RunAsync(report, window, request.CallerId, request.ProjectId, cap + 1, cancellationToken))
        {
            rows.Add(row);
        }

        if (rows.Count > cap)
        {
            return ReportsErrors.TooLargeToAnswer;
        }

        return new ReportRun(report.Key, report.Title, window.From, window.To, window.Granularity, window.TimeZone, report.Columns, rows);
    }
}
