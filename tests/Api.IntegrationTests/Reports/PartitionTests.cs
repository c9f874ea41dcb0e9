using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NpgsqlTypes;
using Platform.Api.IntegrationTests.Support;
using Platform.Application.Reports;
using Platform.Application.Reports.MaintainPartitions;
using Platform.Infrastructure.Reports;

namespace Platform.Api.IntegrationTests.Reports;

/// <summary>The monthly partitions of the large tables, the job that keeps them, and the activity behind active users.</summary>
public sealed class PartitionTests(PlatformApiFactory factory) : ApiTest(factory)
{
    private static readonly string[] PartitionedTables = ["audit_events", "notifications", "user_activity"];

    [Fact]
    public async Task Each_large_table_has_a_default_partition_and_this_month_and_the_next_three()
    {
        var today = DateTime.UtcNow;
        foreach (var table in PartitionedTables)
        {
            var partitions = await ColumnAsync<string>(
                $"SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = '{table}'::regclass");

            Assert.Contains($"{table}_default", partitions);
            for (var month = 0; month <= 3; month++)
            {
                Assert.Contains($"{table}_{today.AddMonths(month):yyyy_MM}", partitions);
            }
        }
    }

    [Fact]
    public async Task A_one_month_report_reads_only_that_months_partition()
    {
        await SqlAsync("SELECT platform_create_month_partitions('audit_events', '2026-09-01', '2026-11-01', true)");
        foreach (var (at, outcome) in new[] { ("2026-10-31T23:30:00Z", "Success"), ("2026-11-01T00:30:00Z", "Success"), ("2026-11-30T23:30:00Z", "Failure"), ("2026-12-01T00:30:00Z", "Success") })
        {
            await SqlAsync($"INSERT INTO audit_events (id, occurred_at, type, outcome, app_type) VALUES (gen_random_uuid(), '{at}', 'login', '{outcome}', 'ios')");
        }

        await using var connection = await OpenAsync();
        await using var explain = new NpgsqlCommand("EXPLAIN (ANALYZE, FORMAT JSON) " + ReportSql.For("sign-in-outcomes"), connection);
        AddWindow(explain, new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30), "UTC", "month");
        var plan = JsonDocument.Parse((string)(await explain.ExecuteScalarAsync())!).RootElement[0].GetProperty("Plan");

        Assert.Equal(["audit_events_2026_11"], ScannedRelations(plan).Where(name => name.StartsWith("audit_events", StringComparison.Ordinal)).Distinct().Order());
        await using var run = new NpgsqlCommand(ReportSql.For("sign-in-outcomes"), connection);
        AddWindow(run, new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30), "UTC", "month");
        await using var reader = await run.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal(("ios", 1L, 1L), (reader.GetString(1), reader.GetInt64(2), reader.GetInt64(3)));
    }

    [Fact]
    public async Task The_partitions_job_makes_the_months_ahead_and_drops_those_past_retention_and_a_second_run_does_nothing()
    {
        var ann = await SignInNewUserAsync();
        await SqlAsync("SELECT platform_create_month_partitions('notifications', '2020-01-01', '2020-02-01', true)");
        await SqlAsync($"""
            INSERT INTO notifications (id, user_id, type, parameters, in_app, in_digest, created_at)
            VALUES (gen_random_uuid(), '{ann.Id}', 'projects.archived', '{"{}"}', true, false, '2020-01-15T12:00:00Z')
            """);
        await SqlAsync("DROP TABLE notifications_" + DateTime.UtcNow.AddMonths(3).ToString("yyyy_MM", CultureInfo.InvariantCulture));

        var first = await RunJobAsync();
        var second = await RunJobAsync();

        Assert.Equal((3, 0), (first, second)); // two 2020 months dropped, the fourth month ahead made again
        Assert.Empty(await ColumnAsync<string>("SELECT c.relname FROM pg_class c WHERE c.relname LIKE 'notifications_2020%'"));
        Assert.Equal(0L, (await ColumnAsync<long>("SELECT count(*) FROM notifications"))[0]);
    }

    [Fact]
    public async Task A_users_requests_of_a_day_are_one_activity_row_and_the_active_users_report_counts_them()
    {
        var ann = await SignInNewUserAsync();
        for (var request = 0; request < 3; request++)
        {
            (await GetAsync("/api/v1/auth/me", ann.Token)).EnsureSuccessStatusCode();
        }

        await Client.GetAsync("/api/v1/auth/me"); // anonymous: 401, no activity
        var admin = await SignInAdminAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        (await GetAsync("/api/v1/auth/me", admin.Token)).EnsureSuccessStatusCode();
        await WaitForAsync(async () => (await ColumnAsync<long>("SELECT count(*) FROM user_activity"))[0] == 2);

        var report = await GetAsync($"/api/v1/reports/active-users?from={today}&to={today}&timeZone=UTC", admin.Token);

        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        var rows = (await report.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rows");
        Assert.Equal($"[[\"{today}\",2]]", rows.GetRawText());
        Assert.Equal(1L, (await ColumnAsync<long>($"SELECT count(*) FROM user_activity WHERE user_id = '{ann.Id}'"))[0]);
    }

    /// <summary>The relations the plan read: scans that ran at least once (a pruned partition is absent or never executed).</summary>
    private static IEnumerable<string> ScannedRelations(JsonElement node)
    {
        if (node.TryGetProperty("Relation Name", out var relation) && node.GetProperty("Actual Loops").GetInt64() > 0)
        {
            yield return relation.GetString()!;
        }

        if (node.TryGetProperty("Plans", out var children))
        {
            foreach (var name in children.EnumerateArray().SelectMany(ScannedRelations))
            {
                yield return name;
            }
        }
    }

    private static void AddWindow(NpgsqlCommand command, DateOnly from, DateOnly to, string timeZone, string unit)
    {
        ReportSql.AddWindow(command, new ReportWindow(from, to, unit, timeZone));
        command.Parameters.Add(new NpgsqlParameter("caller", NpgsqlDbType.Uuid) { Value = Guid.Empty });
        command.Parameters.Add(new NpgsqlParameter("project", NpgsqlDbType.Uuid) { Value = DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("rolled", NpgsqlDbType.TimestampTz) { Value = DBNull.Value });
    }

    private async Task<int> RunJobAsync()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new MaintainPartitionsCommand())).Value.Handled;
    }

    private async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    private async Task<List<T>> ColumnAsync<T>(string sql)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<T>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetFieldValue<T>(0));
        }

        return values;
    }
}
