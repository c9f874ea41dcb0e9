using System.Runtime.CompilerServices;
using Npgsql;
using NpgsqlTypes;
using Platform.Application.Reports;
using Platform.Domain.Reports;

namespace Platform.Infrastructure.Reports;

/// <summary>
/// Distinct counts (active users) do not add up across rollup slots: a user active on two days is one weekly active
/// user. So a closed bucket's count is computed once per report, zone, granularity and span, and kept in
/// <c>closed_bucket_counts</c> (ADR 47): a run reads the kept ones and computes only the others, from the raw rows of
/// the narrowest window that holds them (the open bucket, on every run but the first). A bucket is closed once its
/// span ended <see cref="Settle"/> ago: the activity recorder writes no sighting later than that.
/// </summary>
internal static class ClosedBucketCounts
{
    /// <summary>A bucket is closed once it ended this long ago: no sighting of it can still be written then.</summary>
    public static readonly TimeSpan Settle = UserActivityRecorder.LatestWrite + TimeSpan.FromMinutes(5);

    public static async IAsyncEnumerable<object?[]> RunAsync(
        NpgsqlConnection connection, string reportKey, ReportWindow window, Func<ReportWindow, IAsyncEnumerable<object?[]>> raw, int? limit,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var spans = await SpansAsync(connection, reportKey, window, cancellationToken);
        var missing = spans.Where(span => span.Kept is null).ToList();
        var fresh = new Dictionary<DateOnly, long>();
        if (missing.Count > 0)
        {
            var part = window with
            {
                From = Max(window.From, missing[0].Bucket),
                To = Min(window.To, ReportGranularity.LastDayOf(window.Granularity, missing[^1].Bucket)),
            };
            await foreach (var row in raw(part).WithCancellation(cancellationToken))
            {
                fresh[(DateOnly)row[0]!] = (long)row[1]!;
            }

            await KeepAsync(connection, reportKey, window, [.. missing.Where(span => span.Closed && fresh.ContainsKey(span.Bucket)).Select(span => (span.Bucket, fresh[span.Bucket]))], cancellationToken);
        }

        foreach (var span in spans.Take(limit ?? int.MaxValue))
        {
            yield return [span.Bucket, span.Kept ?? fresh.GetValueOrDefault(span.Bucket)];
        }
    }

    private static async Task<List<Span>> SpansAsync(NpgsqlConnection connection, string reportKey, ReportWindow window, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            ReportSql.WindowOnly + """
                SELECT s.bucket, k.value, s.ends <= now() - @settle
                FROM spans s
                LEFT JOIN closed_bucket_counts k ON k.report = @report AND k.time_zone = @tz AND k.granularity = @unit
                    AND k.bucket = s.bucket AND k.starts = s.starts AND k.ends = s.ends
                ORDER BY s.bucket
                """,
            connection);
        ReportSql.AddWindow(command, window);
        command.Parameters.Add(new NpgsqlParameter("report", NpgsqlDbType.Text) { Value = reportKey });
        command.Parameters.Add(new NpgsqlParameter("settle", NpgsqlDbType.Interval) { Value = Settle });
        var spans = new List<Span>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            spans.Add(new Span(reader.GetFieldValue<DateOnly>(0), reader.IsDBNull(1) ? null : reader.GetInt64(1), reader.GetBoolean(2)));
        }

        return spans;
    }

    private static async Task KeepAsync(
        NpgsqlConnection connection, string reportKey, ReportWindow window, List<(DateOnly Bucket, long Value)> closed, CancellationToken cancellationToken)
    {
        if (closed.Count == 0)
        {
            return;
        }

        await using var command = new NpgsqlCommand(
            ReportSql.WindowOnly + """
                INSERT INTO closed_bucket_counts (report, time_zone, granularity, bucket, starts, ends, value)
                SELECT @report, @tz, @unit, s.bucket, s.starts, s.ends, k.value
                FROM spans s
                JOIN unnest(@buckets, @values) AS k(bucket, value) ON k.bucket = s.bucket
                ON CONFLICT DO NOTHING
                """,
            connection);
        ReportSql.AddWindow(command, window);
        command.Parameters.Add(new NpgsqlParameter("report", NpgsqlDbType.Text) { Value = reportKey });
        command.Parameters.Add(new NpgsqlParameter("buckets", NpgsqlDbType.Array | NpgsqlDbType.Date) { Value = closed.Select(bucket => bucket.Bucket).ToArray() });
        command.Parameters.Add(new NpgsqlParameter("values", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = closed.Select(bucket => bucket.Value).ToArray() });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static DateOnly Max(DateOnly left, DateOnly right) => left > right ? left : right;

    private static DateOnly Min(DateOnly left, DateOnly right) => left < right ? left : right;

    private sealed record Span(DateOnly Bucket, long? Kept, bool Closed);
}
