namespace Platform.Resilience.Tests;

/// <summary>The crash tests kill processes of one cluster: they run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class CrashTestGroup
{
    public const string Name = "crash";
}
