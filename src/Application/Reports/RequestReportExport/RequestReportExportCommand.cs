using MapsterMapper;
using Platform.Domain.Reports;

namespace Platform.Application.Reports.RequestReportExport;

/// <summary>
/// Asks for a report as a CSV file, written by the job engine however long it is: resolved and authorized as a direct
/// run would be, then queued. A user has at most <see cref="ReportExport.MaxPendingPerUser"/> exports queued at once.
/// </summary>
public sealed record RequestReportExportCommand(
    Guid CallerId, bool CallerIsAdministrator, string Key, DateOnly? From, DateOnly? To, string? Granularity, string? TimeZone, Guid? ProjectId)
    : ICommand<ReportExportResponse>, IReportRequest;

internal sealed class RequestReportExportValidator : ReportRequestValidator<RequestReportExportCommand>;

internal sealed class RequestReportExportHandler(ReportRequests requests, IReportExportRepository exports, IMapper mapper, TimeProvider clock)
    : IRequestHandler<RequestReportExportCommand, Result<ReportExportResponse>>
{
    public async Task<Result<ReportExportResponse>> Handle(RequestReportExportCommand request, CancellationToken cancellationToken)
    {
        var resolved = await requests.ResolveAsync(request, cancellationToken);
        if (!resolved.IsSuccess)
        {
            return resolved.Error!;
        }

        if (await exports.CountPendingAsync(request.CallerId, cancellationToken) >= ReportExport.MaxPendingPerUser)
        {
            return ReportsErrors.ExportLimitReached;
        }

        var (report, window) = resolved.Value;
        var now = clock.GetUtcNow();
        var export = ReportExport.Request(request.CallerId, report.Key, window.From, window.To, window.Granularity, window.TimeZone, request.ProjectId, now);
        exports.Add(export);
        return mapper.MapAt(export, now);
    }
}
