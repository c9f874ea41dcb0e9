using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Platform.Api.IntegrationTests.Support;
using Platform.Application.Reports.PurgeReportExports;

namespace Platform.Api.IntegrationTests.Reports;

/// <summary>
/// Reports as files, end to end: the outbox hands the export to the job engine, a Quartz job writes it in chunks, its
/// requester is told, downloads it, and nobody else can (the factory caps direct answers at 1,000 rows).
/// </summary>
public sealed class ReportExportsTests(PlatformApiFactory factory) : ApiTest(factory)
{
    private const string Reports = "/api/v1/reports";
    private const int Events = 2500;

    [Fact]
    public async Task An_audit_trail_past_the_row_cap_is_refused_directly_then_exported_downloaded_and_announced_to_its_requester_only()
    {
        var admin = await SignInAdminAsync();
        var other = await SignInAdminAsync("other-admin@example.com");
        await InsertAuditEventsAsync(new DateTimeOffset(2026, 3, 10, 0, 0, 0, TimeSpan.Zero), Events);
        const string range = "from=2026-03-10&to=2026-03-10&timeZone=UTC";

        var direct = await GetAsync($"{Reports}/audit-trail?{range}", admin.Token);
        await AssertProblemAsync(direct, HttpStatusCode.UnprocessableEntity, "report_too_large");

        var asked = await SendAsync(HttpMethod.Post, $"{Reports}/audit-trail/exports?{range}", admin.Token);
        Assert.True(asked.StatusCode == HttpStatusCode.Accepted, await asked.Content.ReadAsStringAsync());
        var queued = await asked.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("queued", queued.GetProperty("status").GetString());
        var location = asked.Headers.Location!.ToString();
        Assert.Equal($"/api/v1/reports/exports/{queued.GetProperty("id").GetGuid()}", location);

        var ready = await WaitUntilReadyAsync(location, admin.Token);
        Assert.Equal(Events, ready.GetProperty("rows").GetInt64());

        var file = await GetAsync($"{location}/file", admin.Token);
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal("text/csv", file.Content.Headers.ContentType!.MediaType);
        var bytes = await file.Content.ReadAsByteArrayAsync();
        Assert.Equal(ready.GetProperty("bytes").GetInt64(), bytes.LongLength);
        Assert.Equal(bytes.LongLength, file.Content.Headers.ContentLength);
        var lines = Encoding.UTF8.GetString(bytes).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("bucket,occurredAt,type,outcome,userId,actorId,ipAddress,appType,detail", lines[0]);
        Assert.Equal(Events + 1, lines.Length);
        Assert.Equal("2026-03-10,2026-03-10T00:00:00.000000,login,failure,,,203.0.113.7,web,\"'=HYPERLINK(\"\"x\"\")\"", lines[1]);
        Assert.StartsWith($"2026-03-10,2026-03-10T00:{(Events - 1) / 60:00}:{(Events - 1) % 60:00}.000000,", lines[^1]);

        await AssertProblemAsync(await GetAsync(location, other.Token), HttpStatusCode.NotFound, "report_export_not_found");
        await AssertProblemAsync(await GetAsync($"{location}/file", other.Token), HttpStatusCode.NotFound, "report_export_not_found");
        Assert.Equal(0, (await ReadAsync($"{Reports}/exports", other.Token)).GetProperty("totalCount").GetInt32());
        Assert.Equal(location, $"/api/v1/reports/exports/{(await ReadAsync($"{Reports}/exports", admin.Token)).GetProperty("items")[0].GetProperty("id").GetGuid()}");

        var notification = await WaitForNotificationAsync(admin.Token);
        Assert.Equal("reports.export-ready", notification.GetProperty("type").GetString());
        Assert.StartsWith($"{Events} rows of “Audit trail” from 2026-03-10 to 2026-03-10", notification.GetProperty("body").GetString());
        var mail = await Factory.MailboxOf("admin@example.com").WaitForMailAsync();
        Assert.Equal("Your export is ready: Audit trail", mail.Subject);
    }

    [Fact]
    public async Task A_file_past_its_24_hours_is_gone_and_the_purge_job_deletes_its_chunks()
    {
        var admin = await SignInAdminAsync();
        var asked = await SendAsync(HttpMethod.Post, $"{Reports}/sign-ups/exports?from=2026-03-01&to=2026-03-31&timeZone=UTC", admin.Token);
        var location = asked.Headers.Location!.ToString();
        var ready = await WaitUntilReadyAsync(location, admin.Token);
        Assert.Equal(31, ready.GetProperty("rows").GetInt64());
        var id = ready.GetProperty("id").GetGuid();

        await SqlAsync($"UPDATE report_exports SET expires_at = now() - interval '1 second' WHERE id = '{id}'");
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            Assert.Equal(1, (await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new PurgeReportExportsCommand())).Value.Handled);
        }

        await AssertProblemAsync(await GetAsync($"{location}/file", admin.Token), HttpStatusCode.Gone, "report_export_expired");
        Assert.Equal("expired", (await ReadAsync(location, admin.Token)).GetProperty("status").GetString());
        Assert.Equal(0L, await ScalarAsync<long>($"SELECT count(*) FROM report_export_chunks WHERE export_id = '{id}'"));
    }

    [Fact]
    public async Task An_export_is_authorized_and_validated_like_a_direct_run()
    {
        var ann = await SignInNewUserAsync();

        await AssertProblemAsync(await SendAsync(HttpMethod.Post, $"{Reports}/sign-ups/exports", ann.Token), HttpStatusCode.Forbidden, "report_forbidden");
        await AssertProblemAsync(
            await SendAsync(HttpMethod.Post, $"{Reports}/my-workouts/exports?from=2026-03-02&to=2026-03-01", ann.Token), HttpStatusCode.BadRequest, "report_range_invalid");
        await AssertProblemAsync(
            await SendAsync(HttpMethod.Post, $"{Reports}/project-joins/exports?projectId={Guid.NewGuid()}", ann.Token), HttpStatusCode.NotFound, "report_project_not_found");
        await AssertProblemAsync(await GetAsync($"{Reports}/exports/{Guid.NewGuid()}", ann.Token), HttpStatusCode.NotFound, "report_export_not_found");
        Assert.Equal(HttpStatusCode.Unauthorized, (await Client.PostAsync($"{Reports}/my-workouts/exports", null)).StatusCode);
    }

    private async Task InsertAuditEventsAsync(DateTimeOffset from, int count) =>
        await SqlAsync($"""
            INSERT INTO audit_events (id, occurred_at, type, outcome, ip_address, app_type, detail)
            SELECT gen_random_uuid(), '{from:O}'::timestamptz + make_interval(secs => n), 'login', 'Failure', '203.0.113.7', 'web', '=HYPERLINK("x")'
            FROM generate_series(0, {count - 1}) AS n
            """);

    private async Task<JsonElement> WaitUntilReadyAsync(string location, string token)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var export = await ReadAsync(location, token);
            if (export.GetProperty("status").GetString() != "queued")
            {
                Assert.Equal("ready", export.GetProperty("status").GetString());
                return export;
            }

            await Task.Delay(100);
        }

        throw new Xunit.Sdk.XunitException("The export was not written in 20 s.");
    }

    private async Task<JsonElement> WaitForNotificationAsync(string token)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var items = (await ReadAsync("/api/v1/notifications", token)).GetProperty("items");
            if (items.GetArrayLength() > 0)
            {
                return items[0];
            }

            await Task.Delay(100);
        }

        throw new Xunit.Sdk.XunitException("The export-ready notification did not arrive in 10 s.");
    }

    private async Task<JsonElement> ReadAsync(string path, string token)
    {
        var response = await GetAsync(path, token);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
