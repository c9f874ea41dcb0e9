namespace Platform.Resilience.Tests.Support;

/// <summary>Paths in the repository this test assembly was built from (tests/Resilience.Tests/bin/&lt;Configuration&gt;/&lt;tfm&gt;).</summary>
internal static class RepositoryPaths
{
    private static readonly DirectoryInfo OutputDirectory = new(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));

    public static string Root { get; } = FindRoot();

    /// <summary>The Api built with the same configuration and target framework as these tests.</summary>
    public static string ApiAssembly { get; } = Path.Combine(
        Root, "src", "Api", "bin", OutputDirectory.Parent!.Name, OutputDirectory.Name, "Platform.Api.dll");

    /// <summary>Where the crash tests keep their Api's log, keys and report: .local/crash-test.</summary>
    public static string CrashTestDirectory { get; } = Path.Combine(Root, ".local", "crash-test");

    private static string FindRoot()
    {
        for (var directory = OutputDirectory; directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Platform.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Platform.sln above {OutputDirectory.FullName}.");
    }
}
