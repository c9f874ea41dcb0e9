using Platform.Resilience.Tests.Support;
using Xunit.Abstractions;

namespace Platform.Resilience.Tests;

/// <summary>
/// The Api on a durable cluster whose postmaster is killed (SIGKILL) and restarted as configured, over and over, while
/// writers create projects: no acknowledged write may be lost, and every refusal is a 503 with Retry-After (ADR 24).
/// The self-test proves the harness can fail: with commits acknowledged before their WAL is written, it sees losses.
/// </summary>
[Trait("Category", "Crash")]
[Collection(CrashTestGroup.Name)]
public sealed class CrashTests(CrashFixture fixture, ITestOutputHelper output) : IClassFixture<CrashFixture>
{
    [Fact]
    public async Task The_durable_cluster_keeps_fsync_full_page_writes_synchronous_commit_and_checksums_on()
    {
        // A process kill cannot prove fsync or full_page_writes (the OS keeps its page cache): read what the cluster runs with.
        foreach (var setting in new[] { "fsync", "full_page_writes", "synchronous_commit", "data_checksums" })
        {
            Assert.Equal("on", await fixture.Cluster.ShowAsync(setting));
        }
    }

    [Fact]
    public async Task No_acknowledged_write_is_lost_when_the_postmaster_is_killed_and_restarted()
    {
        Assert.Equal("on", await fixture.Cluster.ShowAsync("synchronous_commit"));

        var report = await new CrashRun(fixture.Cluster, fixture.Writers,
            new CrashRunOptions(Cycles: 10, Uptime: TimeSpan.FromSeconds(2), Downtime: TimeSpan.FromSeconds(1))).RunAsync('D');
        CrashFixture.Report("durable", report);
        output.WriteLine(report.ToString());

        Assert.True(report.Acknowledged > 0, "No write was acknowledged at all.");
        Assert.Equal(0, report.Lost);
        Assert.Equal(0, report.Changed);
        Assert.Empty(report.Violations);
        Assert.NotEmpty(report.Refusals);
        Assert.All(report.Recoveries, recovery => Assert.True(recovery <= TimeSpan.FromSeconds(5),
            $"Writes were acknowledged again only {recovery.TotalSeconds:0.00} s after PostgreSQL was back ({report})."));
    }

    [Fact]
    public async Task Self_test_the_harness_reports_losses_when_commits_are_acknowledged_before_they_are_written()
    {
        // Commits acknowledged before their WAL leaves PostgreSQL's memory, which the WAL writer empties only every 10 s:
        // a killed server must lose some of them, and the harness must see it.
        await fixture.Cluster.AlterSystemAsync(new Dictionary<string, string?> { ["synchronous_commit"] = "off", ["wal_writer_delay"] = "10s" });
        try
        {
            var report = await new CrashRun(fixture.Cluster, fixture.Writers,
                new CrashRunOptions(Cycles: 4, Uptime: TimeSpan.FromSeconds(2), Downtime: TimeSpan.FromSeconds(1))).RunAsync('S');
            CrashFixture.Report("self-test, synchronous_commit=off", report);
            output.WriteLine(report.ToString());

            Assert.True(report.Lost > 0, $"The harness saw no loss with synchronous_commit=off: it cannot be trusted to see one ({report}).");
        }
        finally
        {
            await fixture.Cluster.EnsureRunningAsync();
            await fixture.Cluster.AlterSystemAsync(new Dictionary<string, string?> { ["synchronous_commit"] = null, ["wal_writer_delay"] = null });
        }
    }
}
