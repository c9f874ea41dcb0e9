using Platform.Resilience.Tests.Support;

namespace Platform.Resilience.Tests;

/// <summary>
/// One Api process on a fresh database of the crash cluster, with four signed-in writers; each run's report is
/// appended to .local/crash-test/report.txt, which build/test.sh prints.
/// </summary>
public sealed class CrashFixture : IAsyncLifetime
{
    private const int WriterCount = 4;

    private ApiProcess? _api;

    internal CrashCluster Cluster { get; } = CrashCluster.FromEnvironment();

    internal IReadOnlyList<ApiUser> Writers { get; private set; } = [];

    private static string ReportFile => Path.Combine(RepositoryPaths.CrashTestDirectory, "report.txt");

    public async Task InitializeAsync()
    {
        // build/test.sh empties the report before the crash tests; each of them appends its line.
        Directory.CreateDirectory(RepositoryPaths.CrashTestDirectory);
        await Cluster.RecreateDatabaseAsync();
        _api = await ApiProcess.StartAsync(Cluster.ConnectionString, RepositoryPaths.CrashTestDirectory);
        var writers = new List<ApiUser>();
        for (var index = 0; index < WriterCount; index++)
        {
            writers.Add(await ApiUser.SignUpAsync(_api.Address, $"writer{index}@crash.test"));
        }

        Writers = writers;
    }

    internal static void Report(string run, CrashReport report) =>
        File.AppendAllText(ReportFile, $"Crash test ({run}): {report}{Environment.NewLine}");

    public async Task DisposeAsync()
    {
        foreach (var writer in Writers)
        {
            writer.Dispose();
        }

        if (_api is not null)
        {
            await _api.DisposeAsync();
        }
    }
}
