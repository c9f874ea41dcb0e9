using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MediatR;
using Npgsql;
using Microsoft.Extensions.DependencyInjection;
using Platform.Api.IntegrationTests.Support;
using Platform.Application.Reports.RollUpReports;

namespace Platform.Api.IntegrationTests.Reports;

/// <summary>The report rollups (ADR 47): closed quarter hours counted once by the job, the newest rows raw.</summary>
public sealed class ReportRollupTests(PlatformApiFactory factory) : ApiTest(factory)
{
    private const string SignIns = "/api/v1/reports/sign-in-outcomes?from=2026-10-23&to=2026-10-27&granularity=day&timeZone=Europe/Berlin";
    private const string SignUps = "/api/v1/reports/sign-ups?from=2026-10-23&to=2026-10-27&granularity=day&timeZone=Europe/Berlin";
    private const string Delivery = "/api/v1/reports/notification-delivery?from=2026-10-23&to=2026-10-27&granularity=day&timeZone=Europe/Berlin";

    /// <summary>
    /// Berlin's 25-hour day (2026-10-25) in quarter hours: the rolled-up answer must be the raw one, and must still be
    /// once the raw rows are gone (so it is read from the rollups, not recounted).
    /// </summary>
    [Fact]
    public async Task Rolled_up_quarter_hours_answer_what_the_raw_rows_did_across_a_dst_change()
    {
        var admin = await SignInAdminAsync();
        foreach (var (at, outcome, app) in new[]
                 {
                     ("2026-10-24T21:50:00Z", "Success", "ios"), // 23:50 CEST on the 24th
                     ("2026-10-24T22:05:00Z", "Success", "ios"), // 00:05 CEST on the 25th
                     ("2026-10-24T22:10:00Z", "Failure", "ios"), // the same quarter hour
                     ("2026-10-25T00:59:00Z", "Success", "web"), // 02:59 CEST
                     ("2026-10-25T01:01:00Z", "Success", "web"), // 02:01 CET: the hour that came twice
                     ("2026-10-25T22:59:59Z", "Failure", "web"), // 23:59:59 CET, still the 25th
                     ("2026-10-25T23:00:00Z", "Success", "web"), // 00:00 CET on the 26th
                 })
        {
            await SqlAsync($"INSERT INTO audit_events (id, occurred_at, type, outcome, app_type) VALUES (gen_random_uuid(), '{at}', 'login', '{outcome}', '{app}')");
        }

        foreach (var (email, createdAt) in new[] { ("a@example.com", "2026-10-24T21:59:59Z"), ("b@example.com", "2026-10-24T22:00:00Z"), ("c@example.com", "2026-10-25T22:45:00Z") })
        {
            (await RegisterAsync(email)).EnsureSuccessStatusCode();
            await SqlAsync($"UPDATE users SET created_at = '{createdAt}' WHERE email = '{email}'");
        }

        var rawSignIns = await RowsAsync(SignIns, admin.Token);
        var rawSignUps = await RowsAsync(SignUps, admin.Token);

        Assert.True(await RollUpAsync() > 0);
        await SqlAsync("DELETE FROM audit_events WHERE type = 'login' AND occurred_at < '2026-11-01'");
        await SqlAsync("UPDATE users SET created_at = '2026-11-02' WHERE email IN ('a@example.com', 'b@example.com', 'c@example.com')");

        Assert.Equal(rawSignIns, await RowsAsync(SignIns, admin.Token));
        Assert.Equal(rawSignUps, await RowsAsync(SignUps, admin.Token));
        Assert.Equal(
            ["2026-10-24 ios 1 0", "2026-10-24 web 0 0", "2026-10-25 ios 1 1", "2026-10-25 web 2 1", "2026-10-26 ios 0 0", "2026-10-26 web 1 0"],
            rawSignIns.Where(row => row[..10] is "2026-10-24" or "2026-10-25" or "2026-10-26"));
        Assert.Equal(["2026-10-23 0", "2026-10-24 1", "2026-10-25 2", "2026-10-26 0", "2026-10-27 0"], rawSignUps);
    }

    [Fact]
    public async Task The_newest_rows_are_counted_raw_after_the_rolled_up_ones_and_a_second_run_adds_nothing()
    {
        var admin = await SignInAdminAsync();
        var now = DateTimeOffset.UtcNow;
        foreach (var at in new[] { now.AddMinutes(-40), now.AddMinutes(-1) })
        {
            await SqlAsync($"INSERT INTO audit_events (id, occurred_at, type, outcome, app_type) VALUES (gen_random_uuid(), '{at:O}', 'login', 'Success', 'android')");
        }

        var first = await RollUpAsync();
        var second = await RollUpAsync();
        var rolledUntil = await ScalarAsync<DateTime>("SELECT rolled_until FROM report_rollup_marks WHERE rollup = 'sign-ins'");
        await SqlAsync($"DELETE FROM audit_events WHERE type = 'login' AND occurred_at < '{rolledUntil:O}'");

        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var path = string.Create(CultureInfo.InvariantCulture, $"/api/v1/reports/sign-in-outcomes?from={today.AddDays(-1):yyyy-MM-dd}&to={today:yyyy-MM-dd}&granularity=day&timeZone=UTC");
        var rows = (await ReadAsync(path, admin.Token)).GetProperty("rows").EnumerateArray().Where(row => row[1].GetString() == "android");
        Assert.Equal((1, 0), (first, second)); // the admin's own sign-in is the newest quarter hour's, not rolled up yet
        Assert.Equal(2L, rows.Sum(row => row[2].GetInt64()));
        Assert.InRange(now.UtcDateTime - rolledUntil.ToUniversalTime(), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(20));
    }

    /// <summary>
    /// A notification changes after its quarter hour is rolled up: the triggers carry each change into the rollup, so
    /// the answer stays what the raw rows say (checked by emptying the rollup and asking again).
    /// </summary>
    [Fact]
    public async Task Notification_changes_after_the_rollup_reach_it_so_the_answer_stays_the_raw_one()
    {
        var admin = await SignInAdminAsync();
        var ann = await SignInNewUserAsync();
        foreach (var (id, at, type, inApp, inDigest, read) in new[]
                 {
                     ("n1", "2026-10-24T21:50:00Z", "projects.member-added", true, false, true), // 23:50 CEST on the 24th
                     ("n2", "2026-10-24T22:05:00Z", "projects.member-added", true, true, false), // 00:05 CEST on the 25th
                     ("n3", "2026-10-25T01:01:00Z", "projects.archived", true, false, true), // 02:01 CET, the hour that came twice
                     ("n4", "2026-10-25T22:59:59Z", "projects.archived", false, true, false), // 23:59:59 CET, still the 25th
                     ("n5", "2026-10-25T23:00:00Z", "projects.member-added", true, false, false), // 00:00 CET on the 26th
                 })
        {
            await InsertNotificationAsync(ann.Id, id, at, type, inApp, inDigest, read);
        }

        var before = await RowsAsync(Delivery, admin.Token);
        await RollUpAsync();
        Assert.Equal(before, await RowsAsync(Delivery, admin.Token));

        await SqlAsync("UPDATE notifications SET read_at = '2026-11-01T00:00:00Z' WHERE id = md5('n2')::uuid"); // read
        await SqlAsync("UPDATE notifications SET read_at = NULL WHERE id = md5('n1')::uuid"); // unread again
        await SqlAsync("UPDATE notifications SET in_digest = false WHERE id = md5('n4')::uuid"); // sent in a digest
        await SqlAsync("DELETE FROM notifications WHERE id = md5('n3')::uuid");
        await InsertNotificationAsync(ann.Id, "n6", "2026-10-26T10:00:00Z", "projects.archived", true, false, true); // committed late
        var after = await RowsAsync(Delivery, admin.Token);

        await SqlAsync("DELETE FROM notification_rollups; UPDATE report_rollup_marks SET rolled_until = '-infinity' WHERE rollup = 'notifications'");
        Assert.Equal(await RowsAsync(Delivery, admin.Token), after);
        Assert.Equal(
            [
                "2026-10-24 projects.archived 0 0 0 0", "2026-10-24 projects.member-added 1 1 0 0",
                "2026-10-25 projects.archived 1 0 0 0", "2026-10-25 projects.member-added 1 1 1 1",
                "2026-10-26 projects.archived 1 1 0 1", "2026-10-26 projects.member-added 1 1 0 0",
            ],
            after.Where(row => row[..10] is "2026-10-24" or "2026-10-25" or "2026-10-26"));
        Assert.Contains("2026-10-25 projects.archived 2 1 1 1", before);

        // And the answer is read from the rollup, not recounted: a slot changed there shows.
        await RollUpAsync();
        await SqlAsync("UPDATE notification_rollups SET read = read + 5 WHERE slot = '2026-10-26T10:00:00Z'");
        Assert.Contains("2026-10-26 projects.archived 1 1 0 6", await RowsAsync(Delivery, admin.Token));
    }

    /// <summary>
    /// The lock protocol: a change made while a run holds the rollup's lock waits in its trigger until the run commits,
    /// then sees the new mark and adds itself; without the wait it would read the old mark, add nothing, and be missing
    /// from a slot the run counted before it.
    /// </summary>
    [Fact]
    public async Task A_notification_read_while_a_run_rolls_up_its_slot_is_counted_once_after_the_run()
    {
        var admin = await SignInAdminAsync();
        var ann = await SignInNewUserAsync();
        await InsertNotificationAsync(ann.Id, "n1", "2026-10-24T10:00:00Z", "projects.archived", true, false, false);
        await SqlAsync("INSERT INTO report_rollup_marks (rollup, rolled_until) VALUES ('notifications', '2026-10-01') ON CONFLICT (rollup) DO UPDATE SET rolled_until = excluded.rolled_until");

        // A run, by hand: it takes the lock and counts the slot (unread), and has not committed yet.
        await using var run = new NpgsqlConnection(Factory.ConnectionString);
        await run.OpenAsync();
        await using var transaction = await run.BeginTransactionAsync();
        await new NpgsqlCommand("""
            SELECT pg_advisory_xact_lock(hashtextextended('platform.report-rollup.notifications', 0));
            INSERT INTO notification_rollups (slot, type, created, in_app, in_digest, read)
            SELECT date_bin('15 minutes', n.created_at, TIMESTAMPTZ '2000-01-01Z'), n.type, count(*), count(*) FILTER (WHERE n.in_app),
                   count(*) FILTER (WHERE n.in_digest), count(*) FILTER (WHERE n.read_at IS NOT NULL)
            FROM notifications n WHERE n.created_at >= '2026-10-01' AND n.created_at < '2026-11-01' GROUP BY 1, 2;
            UPDATE report_rollup_marks SET rolled_until = '2026-11-01' WHERE rollup = 'notifications';
            """, run, transaction).ExecuteNonQueryAsync();

        var read = SqlAsync("UPDATE notifications SET read_at = '2026-10-30T00:00:00Z' WHERE id = md5('n1')::uuid");
        for (var attempt = 0; attempt < 100 && await ScalarAsync<long>("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted") == 0; attempt++)
        {
            await Task.Delay(50);
        }

        Assert.False(read.IsCompleted); // the reader's trigger waits for the run
        await transaction.CommitAsync();
        await read;

        Assert.Contains("2026-10-24 projects.archived 1 1 0 1", await RowsAsync(Delivery, admin.Token));
        Assert.Equal(1L, await ScalarAsync<long>("SELECT read FROM notification_rollups WHERE slot = '2026-10-24T10:00:00Z'"));
    }

    /// <summary>
    /// Distinct users do not add up across slots, so a closed bucket's count is kept once computed (and read from there,
    /// as a changed kept count shows), while the open bucket is counted afresh on every run.
    /// </summary>
    [Fact]
    public async Task Closed_buckets_of_active_users_are_counted_once_and_kept_and_the_open_one_is_not_kept()
    {
        var admin = await SignInAdminAsync();
        var ann = await SignInNewUserAsync();
        foreach (var (user, day, seenAt) in new[]
                 {
                     (ann.Id, "2026-10-24", "2026-10-24T21:30:00Z"), // 23:30 CEST on the 24th
                     (ann.Id, "2026-10-25", "2026-10-25T10:00:00Z"), // 11:00 CET on the 25th
                     (admin.Id, "2026-10-25", "2026-10-25T22:30:00Z"), // 23:30 CET, still the 25th
                 })
        {
            await SqlAsync($"INSERT INTO user_activity (day, user_id, app_type, app_version, seen_at) VALUES ('{day}', '{user}', 'ios', '2.4.1', '{seenAt}')");
        }

        const string Days = "/api/v1/reports/active-users?from=2026-10-24&to=2026-10-26&granularity=day&timeZone=Europe/Berlin";
        const string Week = "/api/v1/reports/active-users?from=2026-10-19&to=2026-10-25&granularity=week&timeZone=Europe/Berlin";
        Assert.Equal(["2026-10-24 1", "2026-10-25 2", "2026-10-26 0"], await RowsAsync(Days, admin.Token));
        Assert.Equal(["2026-10-19 2"], await RowsAsync(Week, admin.Token)); // Ann on two days is one weekly active user
        Assert.Equal(4L, await ScalarAsync<long>("SELECT count(*) FROM closed_buckets WHERE report = 'active-users'"));
        Assert.Equal(3L, await ScalarAsync<long>("SELECT count(*) FROM closed_bucket_counts WHERE report = 'active-users'")); // not the 26th's zero

        await SqlAsync("UPDATE closed_bucket_counts SET value = 40 WHERE granularity = 'week'");
        Assert.Equal(["2026-10-19 40"], await RowsAsync(Week, admin.Token));

        var today = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await RowsAsync($"/api/v1/reports/active-users?from={today}&to={today}&granularity=day&timeZone=UTC", admin.Token);
        Assert.Equal(0L, await ScalarAsync<long>($"SELECT count(*) FROM closed_buckets WHERE bucket = '{today}'"));
    }

    /// <summary>A window's first and last buckets are clipped to it, and kept as such: another window's buckets are other spans.</summary>
    [Fact]
    public async Task Clipped_buckets_are_kept_by_their_span_and_a_later_window_computes_only_what_is_not_kept()
    {
        var admin = await SignInAdminAsync();
        var ann = await SignInNewUserAsync();
        var bob = await SignInNewUserAsync("bob@example.com");
        foreach (var (user, day) in new[] { (ann.Id, "2026-10-24"), (admin.Id, "2026-10-25"), (bob.Id, "2026-10-10"), (ann.Id, "2026-11-03"), (bob.Id, "2026-11-20") })
        {
            await SqlAsync($"INSERT INTO user_activity (day, user_id, app_type, app_version, seen_at) VALUES ('{day}', '{user}', 'web', '1.0', '{day}T12:00:00Z')");
        }

        const string Months = "/api/v1/reports/active-users?granularity=month&timeZone=Europe/Berlin";
        Assert.Equal(["2026-10-01 2"], await RowsAsync($"{Months}&from=2026-10-20&to=2026-10-31", admin.Token)); // not Bob's 10th
        await SqlAsync("UPDATE closed_bucket_counts SET value = 7 WHERE granularity = 'month'");

        // October 20-31 is kept (the changed count shows); November 1-5 is counted from a window of its own.
        Assert.Equal(["2026-10-01 7", "2026-11-01 1"], await RowsAsync($"{Months}&from=2026-10-20&to=2026-11-05", admin.Token));
        Assert.Equal(["2026-10-01 3", "2026-11-01 2"], await RowsAsync($"{Months}&from=2026-10-01&to=2026-11-30", admin.Token));
        Assert.Equal(4L, await ScalarAsync<long>("SELECT count(*) FROM closed_buckets WHERE granularity = 'month'"));
    }

    /// <summary>
    /// Client versions keep a closed bucket's count of each app type and version, zero ones left out and filled in again,
    /// and a closed bucket without any activity is kept as such rather than counted again.
    /// </summary>
    [Fact]
    public async Task Closed_buckets_of_client_versions_keep_each_versions_users_and_every_bucket_answers_every_version()
    {
        var admin = await SignInAdminAsync();
        var ann = await SignInNewUserAsync();
        var bob = await SignInNewUserAsync("bob@example.com");
        foreach (var (user, day, app, version) in new[]
                 {
                     (ann.Id, "2026-10-20", "ios", "2.4.1"), (ann.Id, "2026-10-21", "ios", "2.4.1"), (bob.Id, "2026-10-21", "ios", "2.4.1"),
                     (bob.Id, "2026-10-21", "web", "2.10.0"), (ann.Id, "2026-10-22", "ios", "2.5.0"),
                 })
        {
            await SqlAsync($"INSERT INTO user_activity (day, user_id, app_type, app_version, seen_at) VALUES ('{day}', '{user}', '{app}', '{version}', '{day}T12:00:00Z')");
        }

        const string Days = "/api/v1/reports/client-versions?from=2026-10-19&to=2026-10-22&granularity=day&timeZone=UTC";
        string[] expected =
        [
            "2026-10-19 ios 2.4.1 0", "2026-10-19 ios 2.5.0 0", "2026-10-19 web 2.10.0 0",
            "2026-10-20 ios 2.4.1 1", "2026-10-20 ios 2.5.0 0", "2026-10-20 web 2.10.0 0",
            "2026-10-21 ios 2.4.1 2", "2026-10-21 ios 2.5.0 0", "2026-10-21 web 2.10.0 1",
            "2026-10-22 ios 2.4.1 0", "2026-10-22 ios 2.5.0 1", "2026-10-22 web 2.10.0 0",
        ];
        Assert.Equal(expected, await RowsAsync(Days, admin.Token));
        Assert.Equal(["2026-10-19 ios 2.4.1 2", "2026-10-19 ios 2.5.0 1", "2026-10-19 web 2.10.0 1"],
            await RowsAsync("/api/v1/reports/client-versions?from=2026-10-19&to=2026-10-25&granularity=week&timeZone=UTC", admin.Token));
        Assert.Equal(5L, await ScalarAsync<long>("SELECT count(*) FROM closed_buckets WHERE report = 'client-versions'"));
        Assert.Equal(
            ["2026-10-20 {ios,2.4.1} 1", "2026-10-21 {ios,2.4.1} 2", "2026-10-21 {web,2.10.0} 1", "2026-10-22 {ios,2.5.0} 1"],
            await ScalarAsync<string[]>("SELECT array_agg(bucket || ' ' || dimensions::text || ' ' || value ORDER BY bucket, dimensions) FROM closed_bucket_counts WHERE granularity = 'day'"));

        // Read from what was kept: a changed count shows, and rows deleted since do not matter.
        await SqlAsync("UPDATE closed_bucket_counts SET value = 9 WHERE bucket = '2026-10-21' AND dimensions = '{web,2.10.0}'");
        await SqlAsync("DELETE FROM user_activity");
        Assert.Equal([.. expected[..8], "2026-10-21 web 2.10.0 9", .. expected[9..]], await RowsAsync(Days, admin.Token));
    }

    private Task InsertNotificationAsync(Guid userId, string id, string at, string type, bool inApp, bool inDigest, bool read) =>
        SqlAsync($"""
            INSERT INTO notifications (id, user_id, type, parameters, in_app, in_digest, created_at, read_at)
            VALUES (md5('{id}')::uuid, '{userId}', '{type}', '{"{}"}', {inApp}, {inDigest}, '{at}', {(read ? "'2026-10-30T00:00:00Z'" : "NULL")})
            """);

    private async Task<int> RollUpAsync()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new RollUpReportsCommand())).Value.Handled;
    }

    private async Task<List<string>> RowsAsync(string path, string token) =>
        [.. (await ReadAsync(path, token)).GetProperty("rows").EnumerateArray().Select(row => string.Join(' ', row.EnumerateArray().Select(cell => cell.ToString())))];

    private async Task<JsonElement> ReadAsync(string path, string token)
    {
        var response = await GetAsync(path, token);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
