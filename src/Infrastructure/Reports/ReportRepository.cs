using System.Data;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using Platform.Application.Reports;
using Platform.Domain.Projects;

namespace Platform.Infrastructure.Reports;

/// <summary>
/// Each report is one SQL statement (<see cref="ReportSql"/>) over the tables of the modules it reports on, aggregated
/// in PostgreSQL: a range scan of the rows in the window, grouped by their local bucket, joined to
/// <c>generate_series</c> so that empty buckets answer zero. Buckets are cut in local time (a row's instant
/// <c>AT TIME ZONE</c> the report's zone, then <c>date_trunc</c>), so a day across a DST change is that day's 23 or 25
/// hours. Rows stream from the reader to the caller as PostgreSQL sends them, up to a limit when one is given.
/// </summary>
internal sealed class ReportRepository(PlatformDbContext context) : IReportRepository
{
    public async Task<bool> KnowsTimeZoneAsync(string timeZone, CancellationToken cancellationToken) =>
        await context.Database.SqlQuery<bool>($"""SELECT EXISTS (SELECT 1 FROM pg_timezone_names WHERE name = {timeZone}) AS "Value" """)
            .SingleAsync(cancellationToken);

    public async Task<ProjectRole?> ProjectRoleAsync(Guid projectId, Guid userId, CancellationToken cancellationToken)
    {
        var roles = await context.Database.SqlQuery<string>(
                $"""SELECT m.role AS "Value" FROM project_members m WHERE m.project_id = {projectId} AND m.user_id = {userId}""")
            .ToListAsync(cancellationToken);
        return roles is [var role] && Enum.TryParse<ProjectRole>(role, out var parsed) ? parsed : null;
    }

    public async IAsyncEnumerable<object?[]> RunAsync(
        ReportDefinition report, ReportWindow window, Guid callerId, Guid? projectId, int? limit, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // A connection of its own: an export writes its file on the context's connection while these rows are read.
        // Never prepared (ADR 46): a report is one long statement, planned for its own window each time.
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(context.Database.GetConnectionString()) { MaxAutoPrepare = 0 }.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        var rows = ReportSql.KeepsClosedBuckets(report.Key)
            ? ClosedBucketCounts.RunAsync(connection, report, window, part => StreamAsync(connection, report, part, callerId, projectId, null, cancellationToken), limit, cancellationToken)
            : StreamAsync(connection, report, window, callerId, projectId, limit, cancellationToken);
        await foreach (var row in rows)
        {
            yield return row;
        }
    }

    private static async IAsyncEnumerable<object?[]> StreamAsync(
        NpgsqlConnection connection, ReportDefinition report, ReportWindow window, Guid callerId, Guid? projectId, int? limit,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(ReportSql.For(report.Key) + "\nLIMIT @limit", connection);
        ReportSql.AddWindow(command, window);
        command.Parameters.Add(new NpgsqlParameter("caller", NpgsqlDbType.Uuid) { Value = callerId });
        command.Parameters.Add(new NpgsqlParameter("project", NpgsqlDbType.Uuid) { Value = (object?)projectId ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("limit", NpgsqlDbType.Bigint) { Value = (object?)limit ?? DBNull.Value });
        var rolled = ReportSql.RollupOf(report.Key) is { } rollup ? await ReportRollups.MarkAsync(connection, rollup, cancellationToken) : null;
        command.Parameters.Add(new NpgsqlParameter("rolled", NpgsqlDbType.TimestampTz) { Value = (object?)rolled ?? DBNull.Value });
        await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess, cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var row = new object?[report.Columns.Count];
            for (var index = 0; index < row.Length; index++)
            {
                row[index] = await reader.IsDBNullAsync(index, cancellationToken) ? null : Cell(reader, index, report.Columns[index].Type);
            }

            yield return row;
        }
    }

    private static object Cell(NpgsqlDataReader reader, int index, string type) => type switch
    {
        ReportColumn.DateType => reader.GetFieldValue<DateOnly>(index),
        ReportColumn.IntegerType => reader.GetInt64(index),
        ReportColumn.DecimalType => reader.GetDecimal(index),
        _ => reader.GetString(index),
    };
}
