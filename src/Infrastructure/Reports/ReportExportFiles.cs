using System.Data;
using System.Runtime.CompilerServices;
using Npgsql;
using Platform.Application.Reports;

namespace Platform.Infrastructure.Reports;

/// <summary>
/// Export files as rows of <c>report_export_chunks</c> (ADR 45): the CSV is cut into chunks of <see cref="ChunkSize"/>
/// bytes, each inserted as it fills, on the context's connection and so in the transaction of the command writing the
/// export; the report's rows are read meanwhile on a connection of their own. Memory stays one chunk whatever the size.
/// </summary>
internal sealed class ReportExportFiles(PlatformDbContext context) : IReportExportFiles
{
    public const int ChunkSize = 1024 * 1024;
    private const int FlushEveryRows = 10_000;

    public async Task<ExportFile> WriteCsvAsync(
        Guid exportId, IReadOnlyList<ReportColumn> columns, IAsyncEnumerable<object?[]> rows, CancellationToken cancellationToken)
    {
        await context.Database.ExecuteSqlAsync($"DELETE FROM report_export_chunks WHERE export_id = {exportId}", cancellationToken);
        var chunks = new ChunkStream(context, exportId);
        long written;
        await using (var writer = new StreamWriter(chunks, ReportCsv.Encoding, bufferSize: 64 * 1024, leaveOpen: true))
        {
            written = await ReportCsv.WriteAsync(writer, columns, rows, FlushEveryRows, cancellationToken);
        }

        await chunks.CompleteAsync(cancellationToken);
        return new ExportFile(written, chunks.Length);
    }

    public async IAsyncEnumerable<ReadOnlyMemory<byte>> ReadAsync(Guid exportId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)context.Database.GetDbConnection();
        await context.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = new NpgsqlCommand("SELECT data FROM report_export_chunks WHERE export_id = @id ORDER BY sequence", connection);
            command.Parameters.AddWithValue("id", exportId);
            await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess, cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                yield return await reader.GetFieldValueAsync<byte[]>(0, cancellationToken);
            }
        }
        finally
        {
            await context.Database.CloseConnectionAsync();
        }
    }

    public async Task<int> DeleteExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var exports = await context.Database.SqlQuery<Guid>($"""
            WITH gone AS (
                DELETE FROM report_export_chunks c USING report_exports e
                WHERE c.export_id = e.id AND e.expires_at <= {now}
                RETURNING c.export_id)
            SELECT DISTINCT export_id AS "Value" FROM gone
            """).ToListAsync(cancellationToken);
        return exports.Count;
    }

    /// <summary>A write-only stream that inserts a chunk each time <see cref="ChunkSize"/> bytes are buffered, and the rest on completion.</summary>
    private sealed class ChunkStream(PlatformDbContext context, Guid exportId) : Stream
    {
        private readonly byte[] _buffer = new byte[ChunkSize];
        private int _buffered;
        private int _sequence;
        private long _length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _length;

        public override long Position
        {
            get => _length;
            set => throw new NotSupportedException();
        }

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            while (!buffer.IsEmpty)
            {
                var taken = Math.Min(buffer.Length, ChunkSize - _buffered);
                buffer[..taken].CopyTo(_buffer.AsMemory(_buffered));
                _buffered += taken;
                _length += taken;
                buffer = buffer[taken..];
                if (_buffered == ChunkSize)
                {
                    await InsertAsync(cancellationToken);
                }
            }
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public override void Flush()
        {
        }

        public async Task CompleteAsync(CancellationToken cancellationToken)
        {
            if (_buffered > 0)
            {
                await InsertAsync(cancellationToken);
            }
        }

        private async Task InsertAsync(CancellationToken cancellationToken)
        {
            var data = _buffer[.._buffered];
            var sequence = _sequence++;
            await context.Database.ExecuteSqlAsync(
                $"INSERT INTO report_export_chunks (export_id, sequence, data) VALUES ({exportId}, {sequence}, {data})", cancellationToken);
            _buffered = 0;
        }

        // Everything writes through the asynchronous methods; a synchronous write would block on the database.
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException("Write asynchronously.");

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
