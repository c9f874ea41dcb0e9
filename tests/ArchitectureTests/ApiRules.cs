using Carter;
using NetArchTest.Rules;
using Platform.Api.Http;

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
    public void Endpoints_are_internal_sealed_classes_named_endpoint_in_their_modules_namespace()
    {
        var endpoints = Layers.Api.GetTypes().Where(type => type is { IsClass: true, IsAbstract: false }
            && type.GetInterfaces().Any(contract => contract.IsGenericType && contract.GetGenericTypeDefinition() == typeof(IEndpoint<>)));

        ArchAssert.None(
            endpoints.Where(type => type.IsPublic || !type.IsSealed || !type.Name.EndsWith("Endpoint", StringComparison.Ordinal)
                    || type.Namespace != ModuleOf(type).Namespace)
                .Select(type => type.FullName!),
            "An endpoint is an internal sealed class ending with 'Endpoint', beside the Carter module it belongs to.");
    }

    [Fact]
    public void Modules_hold_nothing_but_carter_modules_and_endpoints()
    {
        var strays = Layers.Api.GetTypes()
            .Where(type => type.Namespace?.StartsWith(ModulesNamespace, StringComparison.Ordinal) == true && !type.IsNested
                && !type.IsAssignableTo(typeof(ICarterModule))
                && !type.GetInterfaces().Any(contract => contract.IsGenericType && contract.GetGenericTypeDefinition() == typeof(IEndpoint<>)));

        ArchAssert.None(strays.Select(type => type.FullName!), "Platform.Api.Modules holds Carter modules and their endpoints only.");
    }

    private static Type ModuleOf(Type endpoint) => endpoint.GetInterfaces()
        .Single(contract => contract.IsGenericType && contract.GetGenericTypeDefinition() == typeof(IEndpoint<>))
        .GetGenericArguments()[0];
}
