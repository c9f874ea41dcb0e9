using Platform.Domain.Reports;

namespace Platform.Application.Reports.DownloadReportExport;

/// <summary>
/// The file of one of the caller's exports: while it is written 409 <c>report_export_not_ready</c>, once it expired 410
/// <c>report_export_expired</c>; another user's export is not found.
/// </summary>
public sealed record DownloadReportExportQuery(Guid CallerId, Guid ExportId) : IQuery<ReportExportDownload>;

/// <summary>A file to send: its name, its size, and its bytes a chunk at a time.</summary>
public sealed record ReportExportDownload(string FileName, long Bytes, IAsyncEnumerable<ReadOnlyMemory<byte>> Content);

internal sealed class DownloadReportExportHandler(IReportExportRepository exports, IReportExportFiles files, TimeProvider clock)
    : IRequestHandler<DownloadReportExportQuery, Result<ReportExportDownload>>
{
    public async Task<Result<ReportExportDownload>> Handle(DownloadReportExportQuery request, CancellationToken cancellationToken)
    {
        if (await exports.FindAsync(request.ExportId, request.CallerId, cancellationToken) is not { } export)
        {
            return ReportsErrors.ExportNotFound;
        }

        return export.StatusAt(clock.GetUtcNow()) switch
        {
            ReportExportStatus.Ready => new ReportExportDownload(
                $"{export.ReportKey}_{export.From:yyyy-MM-dd}_{export.To:yyyy-MM-dd}.csv", export.Bytes!.Value, files.ReadAsync(export.Id, cancellationToken)),
            ReportExportStatus.Expired => ReportsErrors.ExportExpired,
            ReportExportStatus.Failed => ReportsErrors.ExportFailed,
            _ => ReportsErrors.ExportNotReady,
        };
    }
}
