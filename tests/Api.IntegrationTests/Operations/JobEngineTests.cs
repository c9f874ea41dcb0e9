using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Platform.Api.IntegrationTests.Support;
using Quartz;

namespace Platform.Api.IntegrationTests.Operations;

/// <summary>The job engine in the Api's process: Quartz on its clustered PostgreSQL store, each job a command (ADR 39).</summary>
public sealed class JobEngineTests(PlatformApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task Every_platform_job_is_stored_with_its_configured_schedule_in_the_clustered_store()
    {
        await SchedulerAsync();

        var triggers = await RowsAsync("SELECT t.trigger_name, c.cron_expression, c.time_zone_id FROM qrtz_triggers t JOIN qrtz_cron_triggers c USING (sched_name, trigger_name, trigger_group) WHERE t.sched_name = 'platform' ORDER BY 1");

        Assert.Equal(
            ["credentials-purge", "daily-digest", "match-confirmations", "notifications-purge", "outbox-purge", "partitions", "report-exports-purge", "report-rollups", "workout-reminders"],
            triggers.Select(row => (string)row[0]!));
        Assert.All(triggers, row => Assert.Equal(("0 0 0 1 1 ? 2099", "UTC"), ((string)row[1]!, (string)row[2]!)));
        Assert.True((long)(await RowsAsync("SELECT count(*) FROM qrtz_scheduler_state WHERE sched_name = 'platform'"))[0][0]! >= 1);
    }

    [Fact]
    public async Task A_fired_job_sends_its_command_and_a_second_run_finds_nothing_left()
    {
        await RowsAsync("""
            INSERT INTO outbox_messages (id, name, payload, created_at, available_at, attempts, status, processed_at)
            VALUES (gen_random_uuid(), 'identity.password-changed.v1', '{}', now() - interval '9 days', now() - interval '9 days', 1, 'Dispatched', now() - interval '8 days'),
                   (gen_random_uuid(), 'identity.password-changed.v1', '{}', now() - interval '1 day', now() - interval '1 day', 1, 'Dispatched', now() - interval '1 day'),
                   (gen_random_uuid(), 'identity.password-changed.v1', '{}', now() - interval '9 days', now() - interval '9 days', 10, 'Dead', now() - interval '8 days')
            """);
        var scheduler = await SchedulerAsync();

        await scheduler.TriggerJob(new JobKey("outbox-purge"));
        await WaitForAsync(async () => (long)(await RowsAsync("SELECT count(*) FROM outbox_messages"))[0][0]! == 2);
        await scheduler.TriggerJob(new JobKey("outbox-purge"));
        await WaitForRunsAsync("outbox-purge", 2);

        Assert.Equal(["Dead", "Dispatched"], (await RowsAsync("SELECT status FROM outbox_messages ORDER BY status")).Select(row => (string)row[0]!));
        var runs = Factory.Logs.GetSnapshot().Where(record => record.Id.Id == 1720 && record.Message.StartsWith("Job outbox-purge", StringComparison.Ordinal)).ToList();
        Assert.Equal(["Job outbox-purge handled 1", "Job outbox-purge handled 0"], runs.Select(record => record.Message[..record.Message.IndexOf(" in ", StringComparison.Ordinal)]));
    }

    /// <summary>
    /// The host's running scheduler. The host starts before its database is migrated, so the engine's first start may
    /// have failed; it tries again after 15 s with a new scheduler.
    /// </summary>
    private async Task<IScheduler> SchedulerAsync()
    {
        var repository = Factory.Services.GetRequiredService<Quartz.Extensibility.ISchedulerRepository>();
        IScheduler? running = null;
        await WaitForAsync(() =>
        {
            running = repository.LookupByName("platform").FirstOrDefault(scheduler => scheduler.Status == SchedulerStatus.Running);
            return Task.FromResult(running is not null);
        }, TimeSpan.FromSeconds(40), () => string.Join(Environment.NewLine, Factory.Logs.GetSnapshot()
            .Where(record => record.Category?.Contains("Job", StringComparison.Ordinal) == true || record.Category?.StartsWith("Quartz", StringComparison.Ordinal) == true)
            .TakeLast(15).Select(record => $"{record.Level} {record.Category}: {record.Message} {record.Exception?.Message}")));
        return running!;
    }

    private async Task WaitForRunsAsync(string job, int count) =>
        await WaitForAsync(() => Task.FromResult(Factory.Logs.GetSnapshot().Count(record => record.Id.Id == 1720 && record.Message.StartsWith($"Job {job} ", StringComparison.Ordinal)) >= count));

    private async Task<List<object?[]>> RowsAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<object?[]>();
        while (await reader.ReadAsync())
        {
            var row = new object?[reader.FieldCount];
            reader.GetValues(row!);
            rows.Add(row);
        }

        return rows;
    }
}
