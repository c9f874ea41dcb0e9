using Carter;
using NetArchTest.Rules;

namespace Platform.ArchitectureTests;

public sealed class ApiRules
{
    private const string ModulesNamespace = "Platform.Api.Modules";

    [Fact]
    public void Carter_modules_and_endpoints_never_touch_the_database()
    {
        ArchAssert.Holds(
            Types.InAssembly(Layers.Api).That().ResideInNamespace(ModulesNamespace)
                .ShouldNot().HaveDependencyOnAny("Microsoft.EntityFrameworkCore", "Npgsql", Layers.InfrastructureNamespace).GetResult(),
            "Endpoints map HTTP to a request and send it: no DbContext, no EF Core, no Infrastructure.");
    }

    [Fact]
    public void Carter_modules_are_sealed_and_named_module()
    {
        ArchAssert.Holds(
            Types.InAssembly(Layers.Api).That().ImplementInterface(typeof(ICarterModule))
                .Should().BeSealed().And().HaveNameEndingWith("Module").And().ResideInNamespaceStartingWith(ModulesNamespace).GetResult(),
            "A Carter module is sealed, ends with 'Module' and lives under Platform.Api.Modules.<Module>.");
    }

    [Fact]
    public void Endpoint_files_are_static_classes_named_endpoint()
    {
        var endpointTypes = Layers.Api.GetTypes()
            .Where(type => type.Namespace?.StartsWith(ModulesNamespace, StringComparison.Ordinal) == true
                && type is { IsClass: true, IsAbstract: true, IsSealed: true } && !type.IsNested);

        ArchAssert.None(
            endpointTypes.Where(type => !type.Name.EndsWith("Endpoint", StringComparison.Ordinal)).Select(type => type.FullName!),
            "Static classes in Modules hold one endpoint each and end with 'Endpoint'.");
    }
}
