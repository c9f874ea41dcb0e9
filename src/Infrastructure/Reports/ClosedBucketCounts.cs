using System.Runtime.CompilerServices;
using System.Text.Json;
using Npgsql;
using NpgsqlTypes;
using Platform.Application.Reports;
using Platform.Domain.Reports;

namespace Platform.Infrastructure.Reports;

/// <summary>
/// Distinct counts (active users, users of each client version) do not add up across rollup slots: a user active on two
/// days is one weekly active user. So a closed bucket is counted once per report, zone, granularity and span and kept
/// (ADR 47): <c>closed_buckets</c> says which are, <c>closed_bucket_counts</c> holds their counts other than zero, by
/// the report's dimensions (none for active users; app type and version for client versions). A run reads the kept
/// buckets and computes only the others, from the raw rows of the narrowest window that holds them (the open bucket, on
/// every run but the first). A bucket is closed once its span ended <see cref="Settle"/> ago: the activity recorder
/// writes no sighting later than that.
/// </summary>
internal static class ClosedBucketCounts
{
    /// <summary>A bucket is closed once it ended this long ago: no sighting of it can still be written then.</summary>
    public static readonly TimeSpan Settle = UserActivityRecorder.LatestWrite + TimeSpan.FromMinutes(5);

    /// <summary>
    /// The report's rows: its columns are the bucket, its dimensions (text) and the count, and <paramref name="raw"/>
    /// answers them for a window. Every bucket answers every combination of dimensions the window has (zero where it has
    /// none), buckets in order and dimensions in ordinal order (UTF-16, as <see cref="string.CompareOrdinal(string, string)"/>).
    /// </summary>
    public static async IAsyncEnumerable<object?[]> RunAsync(
        NpgsqlConnection connection, ReportDefinition report, ReportWindow window, Func<ReportWindow, IAsyncEnumerable<object?[]>> raw, int? limit,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var spans = await SpansAsync(connection, report.Key, window, cancellationToken);
        var missing = spans.Where(span => span.Kept is null).ToList();
        if (missing.Count > 0)
        {
            var part = window with
            {
                From = Max(window.From, missing[0].Bucket),
                To = Min(window.To, ReportGranularity.LastDayOf(window.Granularity, missing[^1].Bucket)),
            };
            var fresh = missing.ToDictionary(span => span.Bucket, _ => new Dictionary<string[], long>(Dimensions.Comparer));
            await foreach (var row in raw(part).WithCancellation(cancellationToken))
            {
                if ((long)row[^1]! != 0 && fresh.TryGetValue((DateOnly)row[0]!, out var counts))
                {
                    counts[Dimensions.Of(row)] = (long)row[^1]!;
                }
            }

            var closed = missing.Where(span => span.Closed).ToList();
            await KeepAsync(connection, report.Key, window, closed.ConvertAll(span => (span.Bucket, fresh[span.Bucket])), cancellationToken);
            spans = [.. spans.Select(span => span.Kept is null ? span with { Kept = fresh[span.Bucket] } : span)];
        }

        List<string[]> combinations = report.Columns.Count == 2
            ? [[]]
            : [.. spans.SelectMany(span => span.Kept!.Keys).Distinct(Dimensions.Comparer).Order(Dimensions.Comparer)];
        var rows = spans.SelectMany(span => combinations.Select(dimensions => (object?[])[span.Bucket, .. dimensions, span.Kept!.GetValueOrDefault(dimensions)]));
        foreach (var row in rows.Take(limit ?? int.MaxValue))
        {
            yield return row;
        }
    }

    private static async Task<List<Span>> SpansAsync(NpgsqlConnection connection, string reportKey, ReportWindow window, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            ReportSql.WindowOnly + """
                SELECT s.bucket, s.ends <= now() - @settle, k.bucket IS NOT NULL, c.dimensions, c.value
                FROM spans s
                LEFT JOIN closed_buckets k ON k.report = @report AND k.time_zone = @tz AND k.granularity = @unit
                    AND k.bucket = s.bucket AND k.starts = s.starts AND k.ends = s.ends
                LEFT JOIN closed_bucket_counts c ON c.report = k.report AND c.time_zone = k.time_zone AND c.granularity = k.granularity
                    AND c.bucket = k.bucket AND c.starts = k.starts AND c.ends = k.ends
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
            var bucket = reader.GetFieldValue<DateOnly>(0);
            if (spans.Count == 0 || spans[^1].Bucket != bucket)
            {
                spans.Add(new Span(bucket, reader.GetBoolean(1), reader.GetBoolean(2) ? new Dictionary<string[], long>(Dimensions.Comparer) : null));
            }

            if (!reader.IsDBNull(3))
            {
                spans[^1].Kept![reader.GetFieldValue<string[]>(3)] = reader.GetInt64(4);
            }
        }

        return spans;
    }

    /// <summary>Keeps closed buckets; a bucket another run kept meanwhile stays as that run kept it.</summary>
    private static async Task KeepAsync(
        NpgsqlConnection connection, string reportKey, ReportWindow window, List<(DateOnly Bucket, Dictionary<string[], long> Counts)> closed,
        CancellationToken cancellationToken)
    {
        if (closed.Count == 0)
        {
            return;
        }

        var counts = closed.SelectMany(bucket => bucket.Counts.Select(count => new KeptCount(bucket.Bucket, count.Key, count.Value)));
        await using var command = new NpgsqlCommand(
            ReportSql.WindowOnly + """
                , kept AS (
                    INSERT INTO closed_buckets (report, time_zone, granularity, bucket, starts, ends)
                    SELECT @report, @tz, @unit, s.bucket, s.starts, s.ends
                    FROM spans s
                    WHERE s.bucket = ANY (@buckets)
                    ON CONFLICT DO NOTHING
                    RETURNING bucket, starts, ends)
                INSERT INTO closed_bucket_counts (report, time_zone, granularity, bucket, starts, ends, dimensions, value)
                SELECT @report, @tz, @unit, k.bucket, k.starts, k.ends, c.dimensions, c.value
                FROM kept k
                JOIN jsonb_to_recordset(@counts) AS c(bucket date, dimensions text[], value bigint) ON c.bucket = k.bucket
                """,
            connection);
        ReportSql.AddWindow(command, window);
        command.Parameters.Add(new NpgsqlParameter("report", NpgsqlDbType.Text) { Value = reportKey });
        command.Parameters.Add(new NpgsqlParameter("buckets", NpgsqlDbType.Array | NpgsqlDbType.Date) { Value = closed.Select(bucket => bucket.Bucket).ToArray() });
        command.Parameters.Add(new NpgsqlParameter("counts", NpgsqlDbType.Jsonb) { Value = JsonSerializer.Serialize(counts, JsonSerializerOptions.Web) });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static DateOnly Max(DateOnly left, DateOnly right) => left > right ? left : right;

    private static DateOnly Min(DateOnly left, DateOnly right) => left < right ? left : right;

    /// <summary>A bucket of the window, whether it is closed, and its counts by dimensions when they are known.</summary>
    private sealed record Span(DateOnly Bucket, bool Closed, Dictionary<string[], long>? Kept);

    private sealed record KeptCount(DateOnly Bucket, string[] Dimensions, long Value);

    /// <summary>A row's dimensions: the text cells between its bucket and its count, compared ordinally.</summary>
    private sealed class Dimensions : IEqualityComparer<string[]>, IComparer<string[]>
    {
        public static readonly Dimensions Comparer = new();

        public static string[] Of(object?[] row) => [.. row[1..^1].Select(cell => (string)cell!)];

        public bool Equals(string[]? x, string[]? y) => x.AsSpan().SequenceEqual(y);

        public int GetHashCode(string[] obj)
        {
            var hash = new HashCode();
            foreach (var value in obj)
            {
                hash.Add(value, StringComparer.Ordinal);
            }

            return hash.ToHashCode();
        }

        public int Compare(string[]? x, string[]? y)
        {
            var (left, right) = (x ?? [], y ?? []);
            for (var index = 0; index < Math.Min(left.Length, right.Length); index++)
            {
                if (string.CompareOrdinal(left[index], right[index]) is var order && order != 0)
                {
                    return order;
                }
            }

            return left.Length.CompareTo(right.Length);
        }
    }
}
