using Platform.Application.Common.Paging;
using Platform.Application.Reports;
using Platform.Application.UnitTests.Support;
using Platform.Domain.Reports;

namespace Platform.Application.UnitTests.Reports;

/// <summary>The export port in memory, with the files of <see cref="IReportExportFiles"/> kept beside the exports.</summary>
public sealed class InMemoryReportExportRepository(FakeUnitOfWork unitOfWork) : IReportExportRepository, IReportExportFiles
{
    public List<ReportExport> Exports { get; } = [];

    public Dictionary<Guid, byte[]> Files { get; } = [];

    public Task<ReportExport?> FindAsync(Guid id, Guid? requesterId, CancellationToken cancellationToken)
    {
        var export = Exports.SingleOrDefault(export => export.Id == id && (requesterId is null || export.RequesterId == requesterId));
        if (export is not null)
        {
            unitOfWork.Track(export);
        }

        return Task.FromResult(export);
    }

    public Task<int> CountPendingAsync(Guid requesterId, CancellationToken cancellationToken) =>
        Task.FromResult(Exports.Count(export => export.RequesterId == requesterId && export.IsPending));

    public Task<PagedList<ReportExport>> ListAsync(Guid requesterId, int page, int pageSize, CancellationToken cancellationToken)
    {
        var mine = Exports.Where(export => export.RequesterId == requesterId).OrderByDescending(export => export.Id).ToList();
        return Task.FromResult(new PagedList<ReportExport>([.. mine.Skip((page - 1) * pageSize).Take(pageSize)], page, pageSize, mine.Count));
    }

    public void Add(ReportExport export)
    {
        Exports.Add(export);
        unitOfWork.Track(export);
    }

    public Task<int> DeleteRequestedBeforeAsync(DateTimeOffset instant, CancellationToken cancellationToken) =>
        Task.FromResult(Exports.RemoveAll(export => export.RequestedAt < instant));

    public async Task<ExportFile> WriteCsvAsync(
        Guid exportId, IReadOnlyList<ReportColumn> columns, IAsyncEnumerable<object?[]> rows, CancellationToken cancellationToken)
    {
        using var file = new MemoryStream();
        long written;
        await using (var writer = new StreamWriter(file, ReportCsv.Encoding, leaveOpen: true))
        {
            written = await ReportCsv.WriteAsync(writer, columns, rows, 100, cancellationToken);
        }

        Files[exportId] = file.ToArray();
        return new ExportFile(written, file.Length);
    }

    public async IAsyncEnumerable<ReadOnlyMemory<byte>> ReadAsync(Guid exportId, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.Yield();
        yield return Files[exportId];
    }

    public Task<int> DeleteExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var expired = Exports.Where(export => export.ExpiresAt <= now && Files.ContainsKey(export.Id)).ToList();
        expired.ForEach(export => Files.Remove(export.Id));
        return Task.FromResult(expired.Count);
    }
}
