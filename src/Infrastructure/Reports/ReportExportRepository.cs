using Platform.Application.Common.Paging;
using Platform.Application.Reports;
using Platform.Domain.Reports;

namespace Platform.Infrastructure.Reports;

internal sealed class ReportExportRepository(PlatformDbContext context) : IReportExportRepository
{
    public Task<ReportExport?> FindAsync(Guid id, Guid? requesterId, CancellationToken cancellationToken) =>
        context.Set<ReportExport>().SingleOrDefaultAsync(
            export => export.Id == id && (requesterId == null || export.RequesterId == requesterId), cancellationToken);

    public Task<int> CountPendingAsync(Guid requesterId, CancellationToken cancellationToken) =>
        context.Set<ReportExport>().CountAsync(export => export.RequesterId == requesterId && export.Status == ReportExportStatus.Queued, cancellationToken);

    public Task<PagedList<ReportExport>> ListAsync(Guid requesterId, int page, int pageSize, CancellationToken cancellationToken) =>
        context.Set<ReportExport>().AsNoTracking()
            .Where(export => export.RequesterId == requesterId)
            .OrderByDescending(export => export.Id)
            .ToPagedListAsync(page, pageSize, cancellationToken);

    public void Add(ReportExport export) => context.Set<ReportExport>().Add(export);

    public Task<int> DeleteRequestedBeforeAsync(DateTimeOffset instant, CancellationToken cancellationToken) =>
        context.Set<ReportExport>().Where(export => export.RequestedAt < instant).ExecuteDeleteAsync(cancellationToken);
}
