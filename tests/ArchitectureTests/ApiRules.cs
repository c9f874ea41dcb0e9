using System.Reflection;
using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Mono.Cecil;
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
    public void Endpoints_are_internal_static_classes_named_endpoint_with_one_map_extension()
    {
        ArchAssert.None(
            Endpoints().Where(type => type.IsPublic || MapMethodsOf(type).Count() != 1).Select(type => type.FullName!),
            "An endpoint is an internal static class ending with 'Endpoint' with exactly one Map<Slice>(this IEndpointRouteBuilder) that maps its route.");
    }

    [Fact]
    public void Every_endpoint_is_mapped_by_the_carter_module_beside_it()
    {
        using var api = ModuleDefinition.ReadModule(Layers.Api.Location);
        var mappedByModules = api.Types
            .Where(type => type.Interfaces.Any(contract => contract.InterfaceType.FullName == typeof(ICarterModule).FullName))
            .SelectMany(module => module.Methods.Where(method => method.HasBody)
                .SelectMany(method => method.Body.Instructions)
                .Select(instruction => instruction.Operand)
                .OfType<MethodReference>()
                .Where(called => called.DeclaringType.Namespace == module.Namespace)
                .Select(called => $"{called.DeclaringType.FullName}.{called.Name}"))
            .ToHashSet();

        ArchAssert.None(
            Endpoints().SelectMany(MapMethodsOf).Where(map => !mappedByModules.Contains($"{map.DeclaringType!.FullName}.{map.Name}"))
                .Select(map => $"{map.DeclaringType!.FullName}.{map.Name} is mapped by no Carter module of its namespace"),
            "Each module's Carter module lists its routes: every endpoint's Map method is called from the module's AddRoutes.");
    }

    [Fact]
    public void Modules_hold_nothing_but_carter_modules_endpoints_and_request_shapes()
    {
        var strays = Layers.Api.GetTypes()
            .Where(type => type.Namespace?.StartsWith(ModulesNamespace, StringComparison.Ordinal) == true && !type.IsNested
                && !type.IsAssignableTo(typeof(ICarterModule)) && !Endpoints().Contains(type) && !IsRequestShape(type)
                && !type.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute)));

        ArchAssert.None(strays.Select(type => type.FullName!),
            "Platform.Api.Modules holds Carter modules, their endpoints and the HTTP request shapes they bind (sealed records ending with 'Request').");
    }

    private static bool IsRequestShape(Type type) =>
        type.IsSealed && type.Name.EndsWith("Request", StringComparison.Ordinal) && type.GetMethod("<Clone>$") is not null;

    private static IEnumerable<Type> Endpoints() => Layers.Api.GetTypes()
        .Where(type => type is { IsAbstract: true, IsSealed: true, IsNested: false }
            && type.Namespace?.StartsWith(ModulesNamespace, StringComparison.Ordinal) == true
            && type.Name.EndsWith("Endpoint", StringComparison.Ordinal));

    private static IEnumerable<MethodInfo> MapMethodsOf(Type endpoint) =>
        endpoint.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Where(method => method.Name.StartsWith("Map", StringComparison.Ordinal) && method.ReturnType == typeof(RouteHandlerBuilder)
                && method.GetParameters() is [{ ParameterType: var target }] && target == typeof(IEndpointRouteBuilder));
}
