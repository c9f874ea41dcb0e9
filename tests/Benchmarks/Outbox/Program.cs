using System.Diagnostics;
using System.Globalization;
using Npgsql;

// The outbox relay under load (issue 17), on the real Api binary run as two worker processes (Platform:Role=Worker):
// 0. a warm-up backlog of 10,000 messages, delivered and discarded, so both processes have compiled their hot paths;
// 1. commit-to-delivery latency while messages are committed at a steady rate (5 per transaction every 10 ms: 500/s);
// 2. the drain rate of both relays on a backlog committed at once, and that each message was delivered exactly once.
// Each message is a notifications.created.v1 of a stored notification, so its one consumer (the push) reads the
// notification, the recipient and their unread count, as in production. Latency is measured by PostgreSQL itself:
// processed_at (set when every consumer had it) minus created_at (the commit's clock). Run by build/bench-outbox.sh.
var connectionString = Environment.GetEnvironmentVariable("PLATFORM_BENCH_CONNECTION")
    ?? throw new InvalidOperationException("Set PLATFORM_BENCH_CONNECTION to the benchmark database.");
var apiDll = Environment.GetEnvironmentVariable("PLATFORM_API_DLL") ?? throw new InvalidOperationException("Set PLATFORM_API_DLL.");
var rate = int.Parse(Environment.GetEnvironmentVariable("PLATFORM_BENCH_RATE") ?? "500", CultureInfo.InvariantCulture);
var seconds = int.Parse(Environment.GetEnvironmentVariable("PLATFORM_BENCH_SECONDS") ?? "30", CultureInfo.InvariantCulture);
var backlog = int.Parse(Environment.GetEnvironmentVariable("PLATFORM_BENCH_BACKLOG") ?? "20000", CultureInfo.InvariantCulture);
var warmUp = 10_000;
int[] ports = [5271, 5272];

await using var dataSource = NpgsqlDataSource.Create(connectionString);
var (userId, notificationId) = await SeedAsync(dataSource);
var payload = $$"""{"notificationId":"{{notificationId}}","userId":"{{userId}}"}""";

await ResetAsync(dataSource);
var workers = ports.Select(port => Worker.Start(apiDll, port)).ToList();
await Task.Delay(TimeSpan.FromSeconds(10)); // both relays up, listening for NOTIFY

// A relay runs for days: the measured phases should not pay for the processes' first-call JIT compilation, so both
// relays first deliver a warm-up backlog, which is then discarded.
await InsertAsync(dataSource, payload, warmUp);
await WaitDispatchedAsync(dataSource, warmUp);
await ResetAsync(dataSource);

Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"## Commit to delivery at {rate} messages/s for {seconds} s (5 messages per transaction), two warm worker processes"));
Console.WriteLine();
var perTick = 5;
var interval = TimeSpan.FromSeconds(perTick / (double)rate);
var clock = Stopwatch.StartNew();
var sent = 0;
while (clock.Elapsed < TimeSpan.FromSeconds(seconds))
{
    var due = interval * (sent / perTick);
    if (clock.Elapsed < due)
    {
        await Task.Delay(due - clock.Elapsed);
    }

    await InsertAsync(dataSource, payload, perTick);
    sent += perTick;
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Committed {sent:N0} messages in {clock.Elapsed.TotalSeconds:0.0} s ({sent / clock.Elapsed.TotalSeconds:N0}/s)."));
await WaitDispatchedAsync(dataSource, sent);
Console.WriteLine(await LatencyAsync(dataSource));
Console.WriteLine(await ExactlyOnceAsync(dataSource, sent));

Console.WriteLine();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"## Draining a backlog of {backlog:N0} messages (committed at once) with the same two worker processes"));
Console.WriteLine();
await ResetAsync(dataSource);
await InsertAsync(dataSource, payload, backlog);
await WaitDispatchedAsync(dataSource, backlog);
Console.WriteLine(await DrainRateAsync(dataSource, backlog));
Console.WriteLine(await ExactlyOnceAsync(dataSource, backlog));
workers.ForEach(worker => worker.Stop());

static async Task<(Guid User, Guid Notification)> SeedAsync(NpgsqlDataSource dataSource)
{
    await using var command = dataSource.CreateCommand("""
        INSERT INTO users (id, email, display_name, password_hash, roles, locale, time_zone, weight_unit, failed_login_count, locked_by_administrator, created_at, updated_at)
        VALUES (md5('outbox-bench')::uuid, 'outbox-bench@bench.example', 'Bench', 'not-a-usable-hash', ARRAY[]::text[], 'en', 'UTC', 'Kg', 0, false, now(), now())
        ON CONFLICT DO NOTHING;
        INSERT INTO notifications (id, user_id, type, parameters, in_app, in_digest, created_at)
        SELECT md5('outbox-bench-notification')::uuid, md5('outbox-bench')::uuid, 'projects.member-added', '{"project":"Garden","projectKey":"GRD","role":"viewer","by":"Ann"}', true, false, now()
        WHERE NOT EXISTS (SELECT 1 FROM notifications WHERE id = md5('outbox-bench-notification')::uuid);
        SELECT md5('outbox-bench')::uuid, md5('outbox-bench-notification')::uuid;
        """);
    await using var reader = await command.ExecuteReaderAsync();
    do
    {
        if (await reader.ReadAsync())
        {
            return (reader.GetGuid(0), reader.GetGuid(1));
        }
    }
    while (await reader.NextResultAsync());
    throw new InvalidOperationException("Seeding answered nothing.");
}

static async Task ResetAsync(NpgsqlDataSource dataSource) =>
    await dataSource.CreateCommand("TRUNCATE outbox_messages, processed_messages").ExecuteNonQueryAsync();

static async Task InsertAsync(NpgsqlDataSource dataSource, string payload, int count)
{
    await using var command = dataSource.CreateCommand("""
        INSERT INTO outbox_messages (id, name, payload, created_at, available_at, attempts, status)
        SELECT gen_random_uuid(), 'notifications.created.v1', $1::jsonb, clock_timestamp(), clock_timestamp(), 0, 'Pending'
        FROM generate_series(1, $2)
        """);
    command.Parameters.AddWithValue(payload);
    command.Parameters.AddWithValue(count);
    command.CommandTimeout = 0;
    await command.ExecuteNonQueryAsync();
}

static async Task WaitDispatchedAsync(NpgsqlDataSource dataSource, int count)
{
    var waited = Stopwatch.StartNew();
    while ((long)(await dataSource.CreateCommand("SELECT count(*) FROM outbox_messages WHERE status = 'Dispatched'").ExecuteScalarAsync())! < count)
    {
        if (waited.Elapsed > TimeSpan.FromMinutes(10))
        {
            throw new TimeoutException("The messages were not all delivered within 10 minutes.");
        }

        await Task.Delay(100);
    }
}

static async Task<string> LatencyAsync(NpgsqlDataSource dataSource)
{
    await using var command = dataSource.CreateCommand("""
        SELECT percentile_cont(ARRAY[0.5, 0.95, 0.99]) WITHIN GROUP (ORDER BY ms), max(ms)
        FROM (SELECT extract(epoch FROM processed_at - created_at) * 1000 AS ms FROM outbox_messages) AS l
        """);
    await using var reader = await command.ExecuteReaderAsync();
    await reader.ReadAsync();
    var percentiles = reader.GetFieldValue<double[]>(0);
    return string.Create(CultureInfo.InvariantCulture,
        $"Commit to delivery: p50 {percentiles[0]:0.0} ms, p95 {percentiles[1]:0.0} ms, p99 {percentiles[2]:0.0} ms, max {reader.GetDouble(1):0.0} ms.");
}

static async Task<string> DrainRateAsync(NpgsqlDataSource dataSource, int count)
{
    var seconds = (double)(await dataSource.CreateCommand(
        "SELECT extract(epoch FROM max(processed_at) - min(processed_at))::float8 FROM outbox_messages").ExecuteScalarAsync())!;
    return string.Create(CultureInfo.InvariantCulture, $"Delivered {count:N0} messages in {seconds:0.0} s (first to last delivery): {count / seconds:N0} messages/s.");
}

static async Task<string> ExactlyOnceAsync(NpgsqlDataSource dataSource, int count)
{
    await using var command = dataSource.CreateCommand("""
        SELECT (SELECT count(*) FROM processed_messages), (SELECT count(DISTINCT message_id) FROM processed_messages),
               (SELECT count(*) FROM outbox_messages WHERE attempts <> 1), (SELECT count(*) FROM outbox_messages WHERE status <> 'Dispatched')
        """);
    await using var reader = await command.ExecuteReaderAsync();
    await reader.ReadAsync();
    return string.Create(CultureInfo.InvariantCulture,
        $"Exactly once: {reader.GetInt64(0):N0} consumer records for {reader.GetInt64(1):N0} distinct messages of {count:N0}; {reader.GetInt64(2)} delivered more than once or retried; {reader.GetInt64(3)} not delivered.");
}

/// <summary>One worker process: the Api binary with the background work only, on a port of its own.</summary>
internal sealed class Worker(Process process)
{
    public static Worker Start(string apiDll, int port)
    {
        var start = new ProcessStartInfo("dotnet", [apiDll, "--urls", $"http://127.0.0.1:{port}"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(apiDll)!,
        };
        start.Environment["Platform__Role"] = "Worker";
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new Worker(process);
    }

    public void Stop()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }
}
