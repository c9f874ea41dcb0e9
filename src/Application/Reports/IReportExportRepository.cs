using Platform.Application.Common.Paging;
using Platform.Domain.Reports;

namespace Platform.Application.Reports;

public interface IReportExportRepository
{
    /// <summary>The export with this id, when <paramref name="requesterId"/> asked for it (any requester's when null).</summary>
    Task<ReportExport?> FindAsync(Guid id, Guid? requesterId, CancellationToken cancellationToken);

    /// <summary>The user's exports waiting to be written.</summary>
    Task<int> CountPendingAsync(Guid requesterId, CancellationToken cancellationToken);

    /// <summary>The user's exports, newest first.</summary>
    Task<PagedList<ReportExport>> ListAsync(Guid requesterId, int page, int pageSize, CancellationToken cancellationToken);

    void Add(ReportExport export);

    /// <summary>Deletes the exports asked for before <paramref name="instant"/>, with their files; answers how many.</summary>
    Task<int> DeleteRequestedBeforeAsync(DateTimeOffset instant, CancellationToken cancellationToken);
}

/// <summary>
/// The files of exports, kept in PostgreSQL (ADR 45): written in the transaction of the command that writes them,
/// read back in chunks, deleted when they expire.
/// </summary>
public interface IReportExportFiles
{
    /// <summary>Writes the export's file as CSV (<see cref="ReportCsv"/>) in place of any earlier attempt's; answers its rows and bytes.</summary>
    Task<ExportFile> WriteCsvAsync(Guid exportId, IReadOnlyList<ReportColumn> columns, IAsyncEnumerable<object?[]> rows, CancellationToken cancellationToken);

    /// <summary>The file's bytes in order, a chunk at a time.</summary>
    IAsyncEnumerable<ReadOnlyMemory<byte>> ReadAsync(Guid exportId, CancellationToken cancellationToken);

    /// <summary>Deletes the files of the exports that expired before <paramref name="now"/>; answers how many.</summary>
    Task<int> DeleteExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken);
}

/// <summary>A written export file: its data rows (the header not counted) and its size.</summary>
public sealed record ExportFile(long Rows, long Bytes);
