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
        var first = await ApiProcess.StartAsync(_cluster.ConnectionString, Path.Combine(WorkDirectory, "worker-1"), Worker());
        await using var second = await ApiProcess.StartAsync(_cluster.ConnectionString, Path.Combine(WorkDirectory, "worker-2"), Worker());

        await Task.Delay(TimeSpan.FromSeconds(20));
        var together = FiringsIn(first.LogFile).Concat(FiringsIn(second.LogFile)).ToList();
        await first.DisposeAsync();
        var killedAt = FiringsIn(second.LogFile).Count;
        // The dead node's claim on the trigger lasts until its check-ins are 30 s overdue; then the survivor recovers it.
        await Task.Delay(TimeSpan.FromSeconds(45));
        var alone = FiringsIn(second.LogFile).Count - killedAt;

        var report = $"two workers ran {together.Count} firings in 20 s ({together.Distinct().Count()} distinct; " +
            $"{FiringsIn(first.LogFile).Count} on the first), the survivor ran {alone} in the 45 s after the other was killed";
        output.WriteLine(report);
        File.AppendAllText(Path.Combine(RepositoryPaths.CrashTestDirectory, "report.txt"), $"Job cluster test: {report}{Environment.NewLine}");
        Assert.InRange(together.Count, 5, 12);
        Assert.Equal(together.Count, together.Distinct().Count());
        Assert.InRange(alone, 5, 25);
    }

    /// <summary>The scheduled times of the job's runs this worker logged.</summary>
    private static List<string> FiringsIn(string logFile) =>
        [.. Run().Matches(File.Exists(logFile) ? ReadShared(logFile) : string.Empty).Select(match => match.Groups["scheduled"].Value)];

    private static string ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        return new StreamReader(stream).ReadToEnd();
    }

    private static Dictionary<string, string> Worker() => new()
    {
        ["Platform__Role"] = "Worker",
        ["Jobs__outbox-purge__Cron"] = "0/2 * * * * ?",
        ["Logging__LogLevel__Platform.Infrastructure.Jobs"] = "Information",
    };

    [GeneratedRegex(@"Job outbox-purge handled \d+ in \d+ ms \(the firing of (?<scheduled>[^)]+)\)")]
    private static partial Regex Run();
}
