using System.Text.RegularExpressions;
using Platform.Resilience.Tests.Support;
using Xunit.Abstractions;

namespace Platform.Resilience.Tests;

/// <summary>
/// Two worker processes share the job engine's clustered store: each firing of a job runs on one of them only, and when
/// one is killed the other takes over once the dead one's check-ins are overdue (ADR 39). The job fires every two seconds here (Jobs:&lt;key&gt;:Cron).
/// </summary>
[Trait("Category", "Crash")]
[Collection(CrashTestGroup.Name)]
public sealed partial class JobClusterTests(ITestOutputHelper output)
{
    private readonly CrashCluster _cluster = CrashCluster.FromEnvironment().WithDatabase("platform_job_cluster");

    private static string WorkDirectory => Path.Combine(RepositoryPaths.CrashTestDirectory, "job-cluster");

    [Fact]
    public async Task Two_workers_run_each_firing_once_and_the_survivor_fires_alone_after_the_other_is_killed()
    {
        await _cluster.RecreateDatabaseAsync();
        var first = await ApiProcess.StartAsync(_cluster.ConnectionString, Path.Combine(WorkDirectory, "worker-1"), ApiProcess.WorkerFiring("outbox-purge"));
        await using var second = await ApiProcess.StartAsync(_cluster.ConnectionString, Path.Combine(WorkDirectory, "worker-2"), ApiProcess.WorkerFiring("outbox-purge"));

        // The first worker fires alone while the second starts (seconds, on a busy machine): count from both up.
        var beforeBothUp = FiringsIn(first).Count + FiringsIn(second).Count;
        await Task.Delay(TimeSpan.FromSeconds(20));
        var together = FiringsIn(first).Concat(FiringsIn(second)).ToList();
        await first.DisposeAsync();
        var killedAt = FiringsIn(second).Count;
        // The dead node's claim on the trigger lasts until its check-ins are 30 s overdue; then the survivor recovers it.
        await Task.Delay(TimeSpan.FromSeconds(45));
        var alone = FiringsIn(second).Count - killedAt;

        var report = $"two workers ran {together.Count - beforeBothUp} firings in 20 s ({together.Count} in all, {together.Distinct().Count()} distinct; " +
            $"{FiringsIn(first).Count} on the first), the survivor ran {alone} in the 45 s after the other was killed";
        output.WriteLine(report);
        File.AppendAllText(Path.Combine(RepositoryPaths.CrashTestDirectory, "report.txt"), $"Job cluster test: {report}{Environment.NewLine}");
        Assert.InRange(together.Count - beforeBothUp, 5, 12);
        Assert.Equal(together.Count, together.Distinct().Count());
        Assert.InRange(alone, 5, 25);
    }

    /// <summary>The scheduled times of the job's runs this worker logged.</summary>
    private static List<string> FiringsIn(ApiProcess worker) => [.. Run().Matches(worker.ReadLog()).Select(match => match.Groups["scheduled"].Value)];

    [GeneratedRegex(@"Job outbox-purge handled \d+ in \d+ ms \(the firing of (?<scheduled>[^)]+)\)")]
    private static partial Regex Run();
}
