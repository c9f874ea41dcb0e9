using Mono.Cecil;
using Platform.Domain.Common;

namespace Platform.ArchitectureTests;

/// <summary>
/// A module uses another only through that module's published contract: the types in its <c>Contracts</c> namespace
/// (an interface it exposes and the shapes it answers) and its domain events. Never another module's aggregates,
/// repositories, handlers or responses.
/// </summary>
public sealed class ModuleRules
{
    private const string ModulePrefix = "Platform.Application.";

    [Fact]
    public void A_module_uses_another_only_through_its_contracts_and_events()
    {
        var aggregates = Layers.Domain.GetTypes()
            .Where(type => type.IsSubclassOf(typeof(AggregateRoot)))
            .ToDictionary(type => type.FullName!, type => ModuleOf(type.Namespace!, "Platform.Domain."));

        var offenders = new List<string>();
        using var module = ModuleDefinition.ReadModule(Layers.Application.Location);
        foreach (var type in module.Types.Where(type => ModuleOf(type.Namespace, ModulePrefix) is not (null or "Common")))
        {
            var owner = ModuleOf(type.Namespace, ModulePrefix)!;
            foreach (var used in CecilDependencies.Of(type).Distinct())
            {
                var usedModule = aggregates.TryGetValue(used, out var aggregateModule)
                    ? aggregateModule
                    : used.StartsWith(ModulePrefix, StringComparison.Ordinal) && !IsContract(used) ? ModuleOf(NamespaceOf(used), ModulePrefix) : null;
                if (usedModule is not (null or "Common") && usedModule != owner)
                {
                    offenders.Add($"{type.FullName} ({owner}) uses {used} ({usedModule})");
                }
            }
        }

        ArchAssert.None(offenders,
            "A module uses another only through its published contract (Platform.Application.<Module>.Contracts) and its domain events.");
    }

    private static bool IsContract(string typeName) => NamespaceOf(typeName).Split('.') is [_, _, _, "Contracts", ..];

    private static string NamespaceOf(string typeName) => typeName[..Math.Max(0, typeName.LastIndexOf('.'))];

    /// <summary>The module a namespace under the prefix belongs to: its first segment after the prefix.</summary>
    private static string? ModuleOf(string? @namespace, string prefix) =>
        @namespace is not null && @namespace.StartsWith(prefix, StringComparison.Ordinal) ? @namespace[prefix.Length..].Split('.')[0] : null;
}
