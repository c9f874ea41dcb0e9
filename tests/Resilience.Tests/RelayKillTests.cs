using System.Diagnostics;
using Npgsql;
using Platform.Resilience.Tests.Support;
using Xunit.Abstractions;

namespace Platform.Resilience.Tests;

/// <summary>
/// The outbox relay in a worker process of its own, killed (SIGKILL) in the middle of delivering and started again:
/// every message still reaches its consumer exactly once (ADR 37). The consumer is the real one that turns a
/// projects.member-added.v1 message into a notification, so duplicates would be extra notifications.
/// </summary>
[Trait("Category", "Crash")]
[Collection(CrashTestGroup.Name)]
public sealed class RelayKillTests(ITestOutputHelper output)
{
    private const int MessageCount = 3000;
    private const int UserCount = 20;

    private readonly CrashCluster _cluster = CrashCluster.FromEnvironment().WithDatabase("platform_relay_kill");

    private static string WorkDirectory => Path.Combine(RepositoryPaths.CrashTestDirectory, "relay-kill");

    [Fact]
    public async Task A_relay_killed_mid_batch_and_started_again_delivers_every_message_exactly_once()
    {
        await _cluster.RecreateDatabaseAsync();
        await using (var api = await ApiProcess.StartAsync(_cluster.ConnectionString, Path.Combine(WorkDirectory, "api"), Role("Api")))
        {
            for (var index = 0; index < UserCount; index++)
            {
                using var user = await ApiUser.SignUpAsync(api.Address, $"member{index}@relay.test");
            }
        }

        await WriteMemberAddedMessagesAsync();
        var first = await ApiProcess.StartAsync(_cluster.ConnectionString, Path.Combine(WorkDirectory, "worker-1"), Role("Worker"));
        await WaitForAsync(async () => await CountAsync("SELECT count(*) FROM notifications") >= MessageCount / 5, TimeSpan.FromMinutes(2));
        var claimedAtKill = await CountAsync("SELECT count(*) FROM outbox_messages WHERE status = 'Pending' AND claimed_until > now()");
        var deliveredAtKill = await CountAsync("SELECT count(*) FROM notifications");
        await first.DisposeAsync();

        var stopwatch = Stopwatch.StartNew();
        await using (await ApiProcess.StartAsync(_cluster.ConnectionString, Path.Combine(WorkDirectory, "worker-2"), Role("Worker")))
        {
            await WaitForAsync(
                async () => await CountAsync("SELECT count(*) FROM outbox_messages WHERE name = 'projects.member-added.v1' AND status = 'Dispatched'") == MessageCount,
                TimeSpan.FromMinutes(3));
        }

        var notifications = await CountAsync("SELECT count(*) FROM notifications WHERE type = 'projects.member-added'");
        var records = await CountAsync("SELECT count(*) FROM processed_messages WHERE consumer = 'ProjectNotifications'");
        var report = $"{MessageCount} messages, worker killed with {claimedAtKill} claimed and {deliveredAtKill} delivered, " +
            $"the second worker finished in {stopwatch.Elapsed.TotalSeconds:0.0} s: {notifications} notifications, {records} consumer records";
        output.WriteLine(report);
        File.AppendAllText(Path.Combine(RepositoryPaths.CrashTestDirectory, "report.txt"), $"Relay kill test: {report}{Environment.NewLine}");
        Assert.True(claimedAtKill > 0, "The worker was not killed in the middle of a batch.");
        Assert.Equal((MessageCount, MessageCount), (notifications, records));
    }

    /// <summary>A worker (relay and jobs, no API) whose lease on a claimed batch ends after 5 s, so a killed one's batch comes back soon.</summary>
    private static Dictionary<string, string> Role(string role) => new()
    {
        ["Platform__Role"] = role,
        ["Outbox__Lease"] = "00:00:05",
        ["Outbox__PollInterval"] = "00:00:01",
        ["RateLimits__Register__PerIpPermitLimit"] = "100000",
        ["RateLimits__Login__PerIpPermitLimit"] = "100000",
    };

    /// <summary>Messages as the projects module writes them, spread over the registered users.</summary>
    private async Task WriteMemberAddedMessagesAsync()
    {
        await using var connection = new NpgsqlConnection(_cluster.ConnectionString);
        await connection.OpenAsync();
        await using var insert = new NpgsqlCommand($"""
            WITH members AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS position FROM users)
            INSERT INTO outbox_messages (id, name, payload, created_at, available_at, attempts, status)
            SELECT gen_random_uuid(), 'projects.member-added.v1',
                   jsonb_build_object('projectId', gen_random_uuid(), 'key', 'KILL', 'name', 'Kill test', 'userId', members.id,
                                      'role', 'viewer', 'changedBy', members.id),
                   now(), now(), 0, 'Pending'
            FROM generate_series(0, {MessageCount - 1}) AS n JOIN members ON members.position = n % {UserCount}
            """, connection);
        Assert.Equal(MessageCount, await insert.ExecuteNonQueryAsync());
    }

    private async Task<long> CountAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_cluster.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task WaitForAsync(Func<Task<bool>> condition, TimeSpan within)
    {
        var deadline = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(deadline.Elapsed < within, $"The condition did not hold within {within}.");
            await Task.Delay(200);
        }
    }
}
