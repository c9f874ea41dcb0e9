using NetArchTest.Rules;

namespace Platform.ArchitectureTests;

internal static class ArchAssert
{
    /// <summary>Fails with the rule and every type that breaks it, one per line.</summary>
    public static void Holds(TestResult result, string rule)
    {
        var offenders = result.FailingTypeNames ?? [];
        Assert.True(result.IsSuccessful, $"Rule broken: {rule}{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", offenders)}");
    }

    public static void None(IEnumerable<string> offenders, string rule)
    {
        var list = offenders.ToList();
        Assert.True(list.Count == 0, $"Rule broken: {rule}{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", list)}");
    }
}
