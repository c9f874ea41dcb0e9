using System.Text;
using Platform.Application.Common.Jobs;
using Platform.Application.Identity.RegisterUser;
using Platform.Application.Reports;
using Platform.Application.Reports.Contracts;
using Platform.Application.Reports.DownloadReportExport;
using Platform.Application.Reports.GetReportExport;
using Platform.Application.Reports.ListReportExports;
using Platform.Application.Reports.PurgeReportExports;
using Platform.Application.Reports.RequestReportExport;
using Platform.Application.Reports.WriteReportExport;
using Platform.Application.UnitTests.Support;

namespace Platform.Application.UnitTests.Reports;

/// <summary>An export's life: asked for, written once, downloaded by its requester only, expired, forgotten.</summary>
public sealed class ReportExportTests
{
    [Fact]
    public async Task Asking_queues_the_export_with_the_resolved_window_and_sends_it_to_the_job_engine_through_the_outbox()
    {
        await using var host = new PipelineHost();
        var ann = await RegisterAsync(host);

        var asked = await host.SendAsync(new RequestReportExportCommand(ann, false, "my-workouts", new(2026, 11, 1), new(2026, 11, 30), null, "UTC", null));

        Assert.Equal(("queued", "week", "UTC", new DateOnly(2026, 11, 1)), (asked.Value.Status, asked.Value.Granularity, asked.Value.TimeZone, asked.Value.From));
        var requested = Assert.Single(host.Repository<InMemoryOutbox>().Queued.OfType<ReportExportRequestedV1>());
        Assert.Equal((asked.Value.Id, ann, "my-workouts"), (requested.ExportId, requested.RequesterId, requested.ReportKey));
    }

    [Fact]
    public async Task A_request_is_authorized_like_a_run_and_a_user_has_at_most_three_exports_queued()
    {
        await using var host = new PipelineHost();
        var ann = await RegisterAsync(host);

        var forbidden = await host.SendAsync(new RequestReportExportCommand(ann, false, "sign-ups", null, null, null, null, null));
        for (var queued = 0; queued < 3; queued++)
        {
            Assert.True((await host.SendAsync(new RequestReportExportCommand(ann, false, "my-workouts", null, null, null, null, null))).IsSuccess);
        }

        var fourth = await host.SendAsync(new RequestReportExportCommand(ann, false, "my-workouts", null, null, null, null, null));

        Assert.Equal(("report_forbidden", "report_export_limit"), (forbidden.Error?.Code, fourth.Error?.Code));
    }

    [Fact]
    public async Task Writing_makes_the_file_and_the_export_ready_once_and_a_second_run_finds_nothing_to_do()
    {
        await using var host = new PipelineHost();
        var ann = await RegisterAsync(host);
        host.Repository<InMemoryReportRepository>().MoreRows = 2;
        var asked = await host.SendAsync(new RequestReportExportCommand(ann, false, "my-workouts", null, null, null, null, null));

        var first = await host.SendAsync(new WriteReportExportCommand(asked.Value.Id));
        var second = await host.SendAsync(new WriteReportExportCommand(asked.Value.Id));

        Assert.Equal((new JobRun(1), new JobRun(0)), (first.Value, second.Value));
        var status = await host.SendAsync(new GetReportExportQuery(ann, asked.Value.Id));
        Assert.Equal(("ready", 3L, host.Clock.GetUtcNow().AddHours(24)), (status.Value.Status, status.Value.Rows!.Value, status.Value.ExpiresAt!.Value));
        var completed = Assert.Single(host.Repository<InMemoryOutbox>().Queued.OfType<ReportExportCompletedV1>());
        Assert.Equal(3L, completed.Rows);

        var download = await host.SendAsync(new DownloadReportExportQuery(ann, asked.Value.Id));
        var csv = new StringBuilder();
        await foreach (var chunk in download.Value.Content)
        {
            csv.Append(Encoding.UTF8.GetString(chunk.Span));
        }

        Assert.StartsWith("bucket,workouts,sets,volumeKg\r\n", csv.ToString());
        Assert.Equal(4, csv.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal((long)Encoding.UTF8.GetByteCount(csv.ToString()), download.Value.Bytes);
        Assert.Equal($"my-workouts_{asked.Value.From:yyyy-MM-dd}_{asked.Value.To:yyyy-MM-dd}.csv", download.Value.FileName);
    }

    [Fact]
    public async Task Only_the_requester_sees_an_export_and_its_file_is_refused_until_written_and_gone_after_24_hours()
    {
        await using var host = new PipelineHost();
        var ann = await RegisterAsync(host);
        var bob = await RegisterAsync(host, "bob@example.com");
        var asked = await host.SendAsync(new RequestReportExportCommand(ann, false, "my-workouts", null, null, null, null, null));

        var notReady = await host.SendAsync(new DownloadReportExportQuery(ann, asked.Value.Id));
        var othersStatus = await host.SendAsync(new GetReportExportQuery(bob, asked.Value.Id));
        var othersFile = await host.SendAsync(new DownloadReportExportQuery(bob, asked.Value.Id));
        await host.SendAsync(new WriteReportExportCommand(asked.Value.Id));
        host.Clock.Advance(TimeSpan.FromHours(24));
        var expired = await host.SendAsync(new DownloadReportExportQuery(ann, asked.Value.Id));
        var status = await host.SendAsync(new GetReportExportQuery(ann, asked.Value.Id));

        Assert.Equal(
            ("report_export_not_ready", "report_export_not_found", "report_export_not_found", "report_export_expired", "expired"),
            (notReady.Error?.Code, othersStatus.Error?.Code, othersFile.Error?.Code, expired.Error?.Code, status.Value.Status));
    }

    [Fact]
    public async Task A_failed_export_stays_failed_and_its_file_is_refused()
    {
        await using var host = new PipelineHost();
        var ann = await RegisterAsync(host);
        var asked = await host.SendAsync(new RequestReportExportCommand(ann, false, "my-workouts", null, null, null, null, null));

        Assert.Equal(new JobRun(1), (await host.SendAsync(new FailReportExportCommand(asked.Value.Id, "report_export_failed"))).Value);
        Assert.Equal(new JobRun(0), (await host.SendAsync(new WriteReportExportCommand(asked.Value.Id))).Value);

        var status = await host.SendAsync(new GetReportExportQuery(ann, asked.Value.Id));
        var file = await host.SendAsync(new DownloadReportExportQuery(ann, asked.Value.Id));
        Assert.Equal(("failed", "report_export_failed", "report_export_failed"), (status.Value.Status, status.Value.FailureCode, file.Error?.Code));
    }

    [Fact]
    public async Task The_purge_deletes_expired_files_then_forgets_exports_after_30_days_and_is_safe_to_run_twice()
    {
        await using var host = new PipelineHost();
        var ann = await RegisterAsync(host);
        var exports = host.Repository<InMemoryReportExportRepository>();
        var asked = await host.SendAsync(new RequestReportExportCommand(ann, false, "my-workouts", null, null, null, null, null));
        await host.SendAsync(new WriteReportExportCommand(asked.Value.Id));

        host.Clock.Advance(TimeSpan.FromHours(25));
        var afterExpiry = (await host.SendAsync(new PurgeReportExportsCommand())).Value;
        var again = (await host.SendAsync(new PurgeReportExportsCommand())).Value;
        var kept = exports.Exports.Count;
        host.Clock.Advance(TimeSpan.FromDays(30));
        var afterMonth = (await host.SendAsync(new PurgeReportExportsCommand())).Value;

        Assert.Equal((new JobRun(1), new JobRun(0), 1, new JobRun(1)), (afterExpiry, again, kept, afterMonth));
        Assert.Empty(exports.Files);
        Assert.Equal(0, (await host.SendAsync(new ListReportExportsQuery(ann))).Value.TotalCount);
    }

    [Fact]
    public async Task The_list_is_the_callers_exports_newest_first()
    {
        await using var host = new PipelineHost();
        var ann = await RegisterAsync(host);
        var bob = await RegisterAsync(host, "bob@example.com");
        var first = await host.SendAsync(new RequestReportExportCommand(ann, false, "my-workouts", null, null, null, null, null));
        host.Clock.Advance(TimeSpan.FromSeconds(1));
        var second = await host.SendAsync(new RequestReportExportCommand(ann, false, "my-workouts", null, null, "day", null, null));
        await host.SendAsync(new RequestReportExportCommand(bob, false, "my-workouts", null, null, null, null, null));

        var list = await host.SendAsync(new ListReportExportsQuery(ann, 1, 10));

        Assert.Equal([second.Value.Id, first.Value.Id], list.Value.Items.Select(export => export.Id));
    }

    private static async Task<Guid> RegisterAsync(PipelineHost host, string email = "ann@example.com")
    {
        var registered = await host.SendAsync(new RegisterUserCommand(email, "correct horse battery staple", "Ann"));
        return registered.Value.Id;
    }
}
