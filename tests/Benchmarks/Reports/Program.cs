using System.Diagnostics;
using System.Globalization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Platform.Application;
using Platform.Application.Common.Security;
using Platform.Application.Reports;
using Platform.Application.Reports.RequestReportExport;
using Platform.Application.Reports.RollUpReports;
using Platform.Application.Reports.WriteReportExport;
using Platform.Infrastructure;
using Platform.Infrastructure.Persistence;

// Seeds (once) two years of a large platform: 1,000,000 users and their sessions, 10,000,000 audit events, 10,000,000
// activity rows and 5,000,000 notifications, in monthly partitions; then times every administrators' report over 12
// months through the real repository, a 1,000,000-row export through the real command, dropping a month's partition
// against deleting its rows, and the audit trail with and without partitions. Run by build/bench-reports.sh.
var connectionString = Environment.GetEnvironmentVariable("PLATFORM_BENCH_CONNECTION")
    ?? throw new InvalidOperationException("Set PLATFORM_BENCH_CONNECTION to the benchmark database.");
var iterations = int.Parse(Environment.GetEnvironmentVariable("PLATFORM_BENCH_ITERATIONS") ?? "20", CultureInfo.InvariantCulture);
const string Zone = "Europe/Berlin";

var configuration = new ConfigurationBuilder()
    .AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["ConnectionStrings:Platform"] = connectionString,
        ["PasswordReset:LinkTemplate"] = "https://bench.invalid/reset?token={token}",
    })
    .Build();
var services = new ServiceCollection().AddLogging().AddMetrics().AddSingleton(TimeProvider.System);
services.AddApplication().AddInfrastructure(configuration);
services.AddSingleton<ICurrentUser, JobCaller>();
var parts = (Environment.GetEnvironmentVariable("PLATFORM_BENCH_PARTS") ?? "reports,exports,partitions").Split(',');
await using var provider = services.BuildServiceProvider();

await using var dataSource = NpgsqlDataSource.Create(connectionString);
var admin = await Seeder.SeedAsync(provider, dataSource);
Console.WriteLine(await Seeder.SizesAsync(dataSource));
Console.WriteLine();

var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeBySystemTimeZoneId(DateTime.UtcNow, Zone));
var year = new ReportWindow(today.AddDays(-364), today, "day", Zone);
if (parts.Contains("reports"))
{
    // The report-rollups job (ADR 47), as it runs every quarter hour: its first runs roll up the history a month a run
    // (run here back to back until one finds nothing), each later run only the newest slots.
    var (runs, written, rolledIn) = (0, 0, TimeSpan.Zero);
    while (true)
    {
        var clock = Stopwatch.StartNew();
        await using var scope = provider.CreateAsyncScope();
        var run = (await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new RollUpReportsCommand())).Value.Handled;
        (runs, written, rolledIn) = (runs + 1, written + run, rolledIn + clock.Elapsed);
        if (run == 0)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"report-rollups: {written:N0} slot rows in {runs - 1} runs, {(rolledIn - clock.Elapsed).TotalMilliseconds:N0} ms in all; a run with nothing new {clock.Elapsed.TotalMilliseconds:N0} ms"));
            break;
        }
    }

    Console.WriteLine();
    // Closed buckets of distinct counts are kept once computed (ADR 47): each run of the benchmark starts without them.
    await dataSource.CreateCommand("TRUNCATE closed_bucket_counts, closed_buckets").ExecuteNonQueryAsync();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"## Administrators' reports over 12 months ({year.From:yyyy-MM-dd} to {year.To:yyyy-MM-dd}, {Zone}), {iterations} timed runs after 5 warm-up runs (5 after 1 when a run takes over a second)"));
    Console.WriteLine();
    Console.WriteLine("| report (granularity) | p50 ms | p95 ms | max ms | rows |");
    Console.WriteLine("|---|---:|---:|---:|---:|");
    foreach (var report in ReportCatalogue.All.Where(report => report.Audience == ReportAudience.Administrators && report.Key != "audit-trail"))
    {
        foreach (var granularity in report.DefaultGranularity == "day" ? new[] { "day", "month" } : [report.DefaultGranularity])
        {
            var window = year with { Granularity = granularity };
            await Timing.RowAsync($"{report.Key} ({granularity})", iterations, async () =>
            {
                await using var scope = provider.CreateAsyncScope();
                var rows = 0;
                await foreach (var _ in scope.ServiceProvider.GetRequiredService<IReportRepository>().RunAsync(report, window, admin, null, null, CancellationToken.None))
                {
                    rows++;
                }

                return rows;
            });
        }
    }

}

if (parts.Contains("exports"))
{
    Console.WriteLine();
    await Exports.RunAsync(provider, dataSource, admin, today);
}

if (parts.Contains("partitions"))
{
    Console.WriteLine();
    await Partitions.RunAsync(dataSource);
}

/// <summary>Commands sent here run as the job engine's do: no caller.</summary>
internal sealed class JobCaller : ICurrentUser
{
    public Guid? Id => null;

    public string? IpAddress => null;

    public Guid? SessionId => null;

    public string? DeviceId => null;

    public string? AppType => null;
}

/// <summary>Times a query: 5 warm-up runs, then the timed ones, printed as a table row.</summary>
internal static class Timing
{
    /// <summary>A query slower than a second gets one warm-up run and 5 timed ones, so the whole benchmark stays within minutes.</summary>
    public static async Task RowAsync(string name, int iterations, Func<Task<int>> query)
    {
        var timings = new List<double>();
        var first = Stopwatch.StartNew();
        var rows = await query();
        var (warmUps, timed) = first.Elapsed > TimeSpan.FromSeconds(1) ? (0, 5) : (4, iterations);
        for (var run = 0; run < warmUps + timed; run++)
        {
            var clock = Stopwatch.StartNew();
            rows = await query();
            if (run >= warmUps)
            {
                timings.Add(clock.Elapsed.TotalMilliseconds);
            }
        }

        timings.Sort();
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture, $"| {name} | {Percentile(timings, 0.50):0.0} | {Percentile(timings, 0.95):0.0} | {timings[^1]:0.0} | {rows:N0} |{(timed == 5 ? $" (5 runs; the first, untimed, {first.Elapsed.TotalMilliseconds:N0} ms)" : "")}"));
    }

    public static double Percentile(List<double> sorted, double share) => sorted[(int)Math.Ceiling(share * sorted.Count) - 1];

    public static async Task<double> MillisecondsAsync(Func<Task> action)
    {
        var clock = Stopwatch.StartNew();
        await action();
        return clock.Elapsed.TotalMilliseconds;
    }
}

/// <summary>
/// A 1,000,000-row audit-trail export through the real commands (asked for, then written in the job's one transaction
/// into 1 MiB chunks), with the process's working set sampled every 20 ms while it runs.
/// </summary>
internal static class Exports
{
    public static async Task RunAsync(IServiceProvider provider, NpgsqlDataSource dataSource, Guid admin, DateOnly today)
    {
        // The last 73 days: 10,000,000 events over 730 days come to about a million.
        var from = today.AddDays(-72);
        var rows = (long)(await Scalar(dataSource,
            $"SELECT count(*) FROM audit_events WHERE occurred_at >= ('{from:yyyy-MM-dd}'::timestamp AT TIME ZONE 'UTC') AND occurred_at < ('{today.AddDays(1):yyyy-MM-dd}'::timestamp AT TIME ZONE 'UTC')"))!;

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"## A {rows:N0}-row audit-trail export ({from:yyyy-MM-dd} to {today:yyyy-MM-dd}, UTC): asked for, then written by the job's command"));
        Console.WriteLine();
        Console.WriteLine("| run | rows | MB written | seconds | rows/s | working set growth MB (peak - before) |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        for (var run = 1; run <= 3; run++)
        {
            Guid exportId;
            await using (var scope = provider.CreateAsyncScope())
            {
                var asked = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(
                    new RequestReportExportCommand(admin, true, "audit-trail", from, today, "day", "UTC", null));
                exportId = asked.Value.Id;
            }

            GC.Collect();
            GC.WaitForPendingFinalizers();
            using var process = Process.GetCurrentProcess();
            process.Refresh();
            var before = process.WorkingSet64;
            var peak = before;
            using var sampling = new CancellationTokenSource();
            var sampler = Task.Run(async () =>
            {
                while (!sampling.IsCancellationRequested)
                {
                    process.Refresh();
                    peak = Math.Max(peak, process.WorkingSet64);
                    await Task.Delay(20);
                }
            });
            var clock = Stopwatch.StartNew();
            await using (var scope = provider.CreateAsyncScope())
            {
                var written = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new WriteReportExportCommand(exportId));
                if (!written.IsSuccess || written.Value.Handled != 1)
                {
                    throw new InvalidOperationException("The export was not written.");
                }
            }

            var seconds = clock.Elapsed.TotalSeconds;
            await sampling.CancelAsync();
            await sampler;
            var (exported, bytes) = await ExportAsync(dataSource, exportId);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {run} | {exported:N0} | {bytes / 1048576.0:0.0} | {seconds:0.00} | {exported / seconds:N0} | {(peak - before) / 1048576.0:0.0} |"));
        }
    }

    private static async Task<(long Rows, long Bytes)> ExportAsync(NpgsqlDataSource dataSource, Guid exportId)
    {
        await using var command = dataSource.CreateCommand($"SELECT rows, bytes FROM report_exports WHERE id = '{exportId}'");
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    private static async Task<object?> Scalar(NpgsqlDataSource dataSource, string sql) => await dataSource.CreateCommand(sql).ExecuteScalarAsync();
}

/// <summary>Retention by dropping a month's partition against deleting its rows, and the audit trail with and without partitions.</summary>
internal static class Partitions
{
    public static async Task RunAsync(NpgsqlDataSource dataSource)
    {
        var oldest = (string)(await dataSource.CreateCommand("""
            SELECT min(c.relname) FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
            WHERE i.inhparent = 'audit_events'::regclass AND c.relname ~ '^audit_events_[0-9]{4}_[0-9]{2}$'
            """).ExecuteScalarAsync())!;
        var month = DateOnly.ParseExact(oldest[^7..], "yyyy_MM", CultureInfo.InvariantCulture);
        // The oldest month is partly seeded; the one after it is whole.
        month = month.AddMonths(1);
        var partition = $"audit_events_{month:yyyy_MM}";
        var rows = (long)(await dataSource.CreateCommand($"SELECT count(*) FROM {partition}").ExecuteScalarAsync())!;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"## Retention: the month {month:yyyy-MM} of the audit trail ({rows:N0} rows), each way 3 times in a transaction rolled back"));
        Console.WriteLine();
        Console.WriteLine("| way | ms (median of 3) |");
        Console.WriteLine("|---|---:|");
        var start = $"'{month:yyyy-MM-dd}'::timestamp AT TIME ZONE 'UTC'";
        var end = $"'{month.AddMonths(1):yyyy-MM-dd}'::timestamp AT TIME ZONE 'UTC'";
        await RolledBackAsync(dataSource, "DELETE FROM audit_events WHERE occurred_at >= … AND occurred_at < … (its rows)",
            $"DELETE FROM audit_events WHERE occurred_at >= {start} AND occurred_at < {end}");
        await RolledBackAsync(dataSource, "DETACH and DROP its partition",
            $"ALTER TABLE audit_events DETACH PARTITION {partition}; DROP TABLE {partition}");

        Console.WriteLine();
        await FlatCopyAsync(dataSource);
        Console.WriteLine("## The audit trail with and without partitions: sign-ins by app over one month and over 12 months");
        Console.WriteLine();
        Console.WriteLine("| table | query | p50 ms | p95 ms | max ms | rows |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|");
        var lastMonth = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(-1);
        foreach (var (table, flat) in new[] { ("audit_events (partitioned by month)", false), ("bench_audit_flat (one table, the same indexes)", true) })
        {
            foreach (var (label, from, to) in new[]
                     {
                         ("one month", new DateOnly(lastMonth.Year, lastMonth.Month, 1), new DateOnly(lastMonth.Year, lastMonth.Month, 1).AddMonths(1).AddDays(-1)),
                         ("12 months", DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-364), DateOnly.FromDateTime(DateTime.UtcNow)),
                     })
            {
                var sql = SignInsByApp.Replace("{table}", flat ? "bench_audit_flat" : "audit_events", StringComparison.Ordinal);
                await Timing.RowAsync($"{table} | {label}", 20, async () =>
                {
                    await using var command = dataSource.CreateCommand(sql);
                    command.Parameters.AddWithValue(from);
                    command.Parameters.AddWithValue(to);
                    var rows = 0;
                    await using var reader = await command.ExecuteReaderAsync();
                    while (await reader.ReadAsync())
                    {
                        rows++;
                    }

                    return rows;
                });
            }
        }
    }

    /// <summary>The sign-in-outcomes report's scan, by month in UTC, over either table.</summary>
    private const string SignInsByApp = """
        SELECT date_trunc('month', a.occurred_at AT TIME ZONE 'UTC')::date, coalesce(a.app_type, 'unknown'),
               count(*) FILTER (WHERE a.outcome = 'Success'), count(*) FILTER (WHERE a.outcome = 'Failure')
        FROM {table} a
        WHERE a.type = 'login' AND a.occurred_at >= ($1::date::timestamp AT TIME ZONE 'UTC') AND a.occurred_at < (($2::date + 1)::timestamp AT TIME ZONE 'UTC')
        GROUP BY 1, 2
        """;

    private static async Task RolledBackAsync(NpgsqlDataSource dataSource, string label, string sql)
    {
        var timings = new List<double>();
        for (var run = 0; run < 3; run++)
        {
            await using var connection = await dataSource.OpenConnectionAsync();
            await using var transaction = await connection.BeginTransactionAsync();
            await using var command = new NpgsqlCommand(sql, connection, transaction) { CommandTimeout = 0 };
            timings.Add(await Timing.MillisecondsAsync(() => command.ExecuteNonQueryAsync()));
            await transaction.RollbackAsync();
        }

        timings.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {label} | {timings[1]:0.0} |"));
    }

    private static async Task FlatCopyAsync(NpgsqlDataSource dataSource)
    {
        if (await dataSource.CreateCommand("SELECT to_regclass('bench_audit_flat') IS NOT NULL").ExecuteScalarAsync() is true)
        {
            return;
        }

        await using var command = dataSource.CreateCommand("""
            CREATE TABLE bench_audit_flat AS SELECT * FROM audit_events;
            ALTER TABLE bench_audit_flat ADD PRIMARY KEY (id, occurred_at);
            CREATE INDEX ON bench_audit_flat (occurred_at);
            CREATE INDEX ON bench_audit_flat (type, id);
            CREATE INDEX ON bench_audit_flat (user_id, id);
            ANALYZE bench_audit_flat;
            """);
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync();
    }
}

/// <summary>Fills the benchmark database with SQL (generate_series), users with deterministic ids (md5 of their number) so the other tables need no join.</summary>
internal static class Seeder
{
    private const int Users = 1_000_000;
    private const int Days = 730;

    public static async Task<Guid> SeedAsync(IServiceProvider provider, NpgsqlDataSource dataSource)
    {
        await using (var scope = provider.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().Database.MigrateAsync();
        }

        var admin = Guid.Parse((string)(await dataSource.CreateCommand("SELECT md5('u0')::uuid::text").ExecuteScalarAsync())!);
        await dataSource.CreateCommand("""
            SELECT platform_create_month_partitions('audit_events', (now() - interval '25 months')::date, now()::date, true),
                   platform_create_month_partitions('notifications', (now() - interval '25 months')::date, now()::date, true),
                   platform_create_month_partitions('user_activity', (now() - interval '25 months')::date, now()::date, false)
            """).ExecuteNonQueryAsync();
        await StepAsync(dataSource, "users", "1,000,000 users", $"""
            INSERT INTO users (id, email, display_name, password_hash, roles, locale, time_zone, weight_unit, failed_login_count, locked_by_administrator, created_at, updated_at)
            SELECT md5('u' || n)::uuid, 'u' || n || '@bench.example', 'User ' || n, 'not-a-usable-hash', CASE WHEN n = 0 THEN ARRAY['admin'] ELSE ARRAY[]::text[] END,
                   CASE WHEN n % 3 = 0 THEN 'ru' ELSE 'en' END, 'Europe/Berlin', 'Kg', 0, false, t, t
            FROM generate_series(0, {Users - 1}) AS n
            CROSS JOIN LATERAL (SELECT now() - ((n::double precision / {Users}) * {Days}) * interval '1 day' AS t) AS c
            """);
        await StepAsync(dataSource, "sessions", "1,000,000 sessions", """
            INSERT INTO sessions (id, user_id, device_id, app_type, app_version, created_at, last_seen_at, ip_address, user_agent)
            SELECT md5('s' || u.n)::uuid, md5('u' || u.n)::uuid, 'device-' || u.n, (ARRAY['web', 'ios', 'android'])[1 + u.n % 3],
                   '2.' || (u.n % 7), u.created_at, least(now(), u.created_at + (u.n % 90) * interval '1 day'), '198.51.100.' || (u.n % 250), 'bench'
            FROM (SELECT n, now() - ((n::double precision / 1000000) * 730) * interval '1 day' AS created_at FROM generate_series(0, 999999) AS n) AS u
            """);
        // In time order with time-ordered ids (as Guid.CreateVersion7 makes them), like rows written over two years.
        await StepAsync(dataSource, "audit_events", "10,000,000 audit events", $$"""
            INSERT INTO audit_events (id, occurred_at, type, outcome, user_id, ip_address, app_type, detail)
            SELECT {{TimeOrderedId("t.at", "n")}}, t.at,
                   CASE WHEN n % 10 < 7 THEN 'login' WHEN n % 10 = 7 THEN 'token_refreshed' WHEN n % 10 = 8 THEN 'logout' ELSE 'password_changed' END,
                   CASE WHEN n % 11 = 0 THEN 'Failure' ELSE 'Success' END, md5('u' || (n % 1000000))::uuid, '203.0.113.' || (n % 250),
                   (ARRAY['web', 'ios', 'android', NULL])[1 + n % 4], NULL
            FROM generate_series(1, 10000000) AS n
            CROSS JOIN LATERAL (SELECT now() - (1 - n / 10000000.0) * {{Days}} * interval '1 day' AS at) AS t
            """);
        // A user keeps their session's app type; the versions in use move on a release a quarter.
        await StepAsync(dataSource, "user_activity", "10,000,000 activity rows", """
            INSERT INTO user_activity (day, user_id, app_type, app_version, seen_at)
            SELECT (now() AT TIME ZONE 'UTC')::date - d, md5('u' || u)::uuid, (ARRAY['web', 'ios', 'android'])[1 + u % 3], '2.' || (u % 7 + (729 - d) / 91),
                   ((now() AT TIME ZONE 'UTC')::date - d)::timestamp AT TIME ZONE 'UTC' + (k % 86400) * interval '1 second'
            FROM generate_series(729, 0, -1) AS d CROSS JOIN generate_series(0, 13698) AS k
            CROSS JOIN LATERAL (SELECT (d * 7919 + k) % 1000000 AS u) AS n
            """);
        await StepAsync(dataSource, "notifications", "5,000,000 notifications", $$"""
            INSERT INTO notifications (id, user_id, type, parameters, in_app, in_digest, created_at, read_at)
            SELECT {{TimeOrderedId("t.at", "n")}}, md5('u' || (n % 1000000))::uuid,
                   (ARRAY['projects.member-added', 'projects.member-role-changed', 'workouts.record', 'workouts.reminder', 'identity.new-device-sign-in'])[1 + n % 5],
                   '{}', n % 10 <> 0, false, t.at, CASE WHEN n % 2 = 0 THEN t.at + interval '3 hours' END
            FROM generate_series(1, 5000000) AS n
            CROSS JOIN LATERAL (SELECT now() - (1 - n / 5000000.0) * {{Days}} * interval '1 day' AS at) AS t
            """);
        return admin;
    }

    /// <summary>A UUIDv7-like id from an instant (milliseconds first) and a number, so ids follow time as the platform's do.</summary>
    private static string TimeOrderedId(string instant, string number) =>
        $"(lpad(to_hex((extract(epoch FROM {instant}) * 1000)::bigint), 12, '0') || '7' || substr(md5({number}::text), 1, 3) || '8' || substr(md5({number}::text), 4, 15))::uuid";

    public static async Task<string> SizesAsync(NpgsqlDataSource dataSource)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT format('Data: %s users, %s sessions, %s audit events, %s activity rows, %s notifications; database %s.',
                (SELECT to_char(count(*), 'FM9,999,999') FROM users), (SELECT to_char(count(*), 'FM9,999,999') FROM sessions),
                (SELECT to_char(count(*), 'FM99,999,999') FROM audit_events), (SELECT to_char(count(*), 'FM99,999,999') FROM user_activity),
                (SELECT to_char(count(*), 'FM9,999,999') FROM notifications), pg_size_pretty(pg_database_size(current_database())))
            """);
        return (string)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>
    /// Fills <paramref name="table"/> when it is empty: its secondary indexes are dropped first and built again after
    /// (one sort each instead of millions of random inserts), then it is analysed.
    /// </summary>
    private static async Task StepAsync(NpgsqlDataSource dataSource, string table, string what, string sql)
    {
        if (await dataSource.CreateCommand($"SELECT EXISTS (SELECT 1 FROM {table})").ExecuteScalarAsync() is true)
        {
            return;
        }

        var clock = Stopwatch.StartNew();
        var indexes = new List<(string Name, string Definition)>();
        await using (var list = dataSource.CreateCommand(
            $"SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename = '{table}' AND indexname NOT LIKE 'pk\\_%'"))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                indexes.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        var statements = indexes.Select(index => $"DROP INDEX {index.Name}").Append(sql)
            .Concat(indexes.Select(index => index.Definition)).Append($"ANALYZE {table}");
        foreach (var statement in statements)
        {
            await using var command = dataSource.CreateCommand(statement);
            command.CommandTimeout = 0;
            await command.ExecuteNonQueryAsync();
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {what}: {clock.Elapsed.TotalSeconds:0} s"));
    }
}
