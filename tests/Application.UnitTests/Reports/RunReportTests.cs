using Platform.Application.Identity.RegisterUser;
using Platform.Application.Reports;
using Platform.Application.Reports.RunReport;
using Platform.Application.UnitTests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Platform.Domain.Projects;

namespace Platform.Application.UnitTests.Reports;

/// <summary>What the report handler decides before PostgreSQL computes anything: who may run what, over which window.</summary>
public sealed class RunReportTests
{
    private static readonly Guid Project = Guid.CreateVersion7();

    [Fact]
    public async Task Without_a_range_it_is_the_30_days_up_to_today_in_the_callers_zone_at_the_reports_granularity()
    {
        await using var host = new PipelineHost();
        host.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 6, 22, 30, 0, TimeSpan.Zero)); // already the 7th in Moscow
        var ann = await RegisterAsync(host, "Europe/Moscow");

        var run = await host.SendAsync(new RunReportQuery(ann, false, "my-workouts", null, null, null, null, null));

        Assert.True(run.IsSuccess);
        Assert.Equal(new ReportWindow(new DateOnly(2026, 11, 8), new DateOnly(2026, 12, 7), "week", "Europe/Moscow"), await WindowOfAsync(run.Value));
    }

    [Fact]
    public async Task A_given_zone_and_granularity_win_and_a_windows_zone_id_becomes_its_iana_id()
    {
        await using var host = new PipelineHost();
        var ann = await RegisterAsync(host, "UTC");

        var run = await host.SendAsync(new RunReportQuery(ann, false, "my-workouts", new(2026, 11, 1), new(2026, 11, 30), "day", "Eastern Standard Time", null));

        Assert.Equal(new ReportWindow(new(2026, 11, 1), new(2026, 11, 30), "day", "America/New_York"), await WindowOfAsync(run.Value));
    }

    [Theory]
    [InlineData("day", 365, true)]
    [InlineData("day", 366, false)]
    [InlineData("week", 156 * 7 + 6, true)]
    [InlineData("week", 157 * 7, false)]
    [InlineData("month", 3650, true)]
    [InlineData("month", 3653, false)]
    public async Task Each_granularity_has_its_longest_range(string granularity, int days, bool allowed)
    {
        await using var host = new PipelineHost();
        var ann = await RegisterAsync(host, "UTC");
        var from = new DateOnly(2020, 1, 1);

        var run = await host.SendAsync(new RunReportQuery(ann, false, "my-workouts", from, from.AddDays(days), granularity, null, null));

        Assert.Equal(allowed ? null : "report_range_too_long", run.Error?.Code);
    }

    [Theory]
    [InlineData(null, "report_project_not_found")]
    [InlineData(ProjectRole.Viewer, "report_project_forbidden")]
    [InlineData(ProjectRole.Member, "report_project_forbidden")]
    [InlineData(ProjectRole.Maintainer, null)]
    [InlineData(ProjectRole.Owner, null)]
    public async Task Project_reports_are_for_the_projects_owner_and_maintainers(ProjectRole? role, string? code)
    {
        await using var host = new PipelineHost();
        var ann = await RegisterAsync(host, "UTC");
        if (role is { } given)
        {
            host.Repository<InMemoryReportRepository>().Roles[(Project, ann)] = given;
        }

        var run = await host.SendAsync(new RunReportQuery(ann, false, "project-joins", null, null, null, null, Project));

        Assert.Equal(code, run.Error?.Code);
    }

    [Theory]
    [InlineData("sign-ups", false, null, "report_forbidden")]
    [InlineData("sign-ups", true, null, null)]
    [InlineData("project-members", true, null, "report_project_required")]
    [InlineData("no-such-report", true, null, "report_not_found")]
    [InlineData("my-workouts", false, "Mars/Olympus", "report_time_zone_unknown")]
    [InlineData("my-workouts", false, "Asia/Tokyo", "report_time_zone_unknown")]
    public async Task Refusals_carry_their_codes(string key, bool administrator, string? zone, string? code)
    {
        await using var host = new PipelineHost();
        var ann = await RegisterAsync(host, "UTC");

        // Asia/Tokyo is known to .NET but not to this repository's PostgreSQL stand-in.
        var run = await host.SendAsync(new RunReportQuery(ann, administrator, key, null, null, null, zone, null));

        Assert.Equal(code, run.Error?.Code);
    }

    [Theory]
    [InlineData(2, null)]
    [InlineData(3, "report_too_large")]
    public async Task A_report_longer_than_the_row_cap_is_refused_before_any_row_is_answered(int rows, string? code)
    {
        await using var host = new PipelineHost();
        var ann = await RegisterAsync(host, "UTC");
        host.Services.GetRequiredService<IOptions<ReportOptions>>().Value.RowCap = 2;
        host.Repository<InMemoryReportRepository>().MoreRows = rows - 1;

        var run = await host.SendAsync(new RunReportQuery(ann, false, "my-workouts", null, null, null, null, null));

        Assert.Equal(code, run.Error?.Code);
        Assert.Equal(rows, run.IsSuccess ? run.Value.Rows.Count : rows);
    }

    [Fact]
    public async Task The_catalogue_hides_the_administrators_reports_from_everyone_else()
    {
        await using var host = new PipelineHost();

        var forAdmin = await host.SendAsync(new Application.Reports.ListReports.ListReportsQuery(true));
        var forOthers = await host.SendAsync(new Application.Reports.ListReports.ListReportsQuery(false));

        Assert.Equal(ReportCatalogue.All.Count, forAdmin.Value.Count);
        Assert.DoesNotContain(forOthers.Value, report => report.Audience == "administrators");
        Assert.Contains(forOthers.Value, report => report is { Key: "project-members", RequiresProject: true, Audience: "project_managers" });
    }

    private static async Task<Guid> RegisterAsync(PipelineHost host, string timeZone)
    {
        var registered = await host.SendAsync(new RegisterUserCommand("ann@example.com", "correct horse battery staple", "Ann"));
        var user = await host.Users.FindByIdAsync(registered.Value.Id, CancellationToken.None);
        Assert.True(user!.UpdateProfile(null, null, timeZone, null, host.Clock.GetUtcNow()).IsSuccess);
        return user.Id;
    }

    private static Task<ReportWindow> WindowOfAsync(ReportRun run) => Task.FromResult((ReportWindow)run.Rows[0][1]!);
}
