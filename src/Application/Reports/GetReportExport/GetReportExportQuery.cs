using MapsterMapper;
using Platform.Domain.Reports;

namespace Platform.Application.Reports.GetReportExport;

/// <summary>One of the caller's exports: where it stands. Another user's export is not found.</summary>
public sealed record GetReportExportQuery(Guid CallerId, Guid ExportId) : IQuery<ReportExportResponse>;

internal sealed class GetReportExportHandler(IReportExportRepository exports, IMapper mapper, TimeProvider clock)
    : IRequestHandler<GetReportExportQuery, Result<ReportExportResponse>>
{
    public async Task<Result<ReportExportResponse>> Handle(GetReportExportQuery request, CancellationToken cancellationToken) =>
        await exports.FindAsync(request.ExportId, request.CallerId, cancellationToken) is { } export
            ? mapper.MapAt(export, clock.GetUtcNow())
            : ReportsErrors.ExportNotFound;
}
