using System.Reflection;
using NetArchTest.Rules;

namespace Platform.ArchitectureTests;

public sealed class LayeringRules
{
    [Fact]
    public void The_domain_depends_on_no_other_layer_and_no_framework()
    {
        ArchAssert.Holds(
            Types.InAssembly(Layers.Domain).ShouldNot().HaveDependencyOnAny(
                Layers.ApplicationNamespace, Layers.InfrastructureNamespace, Layers.ApiNamespace,
                "Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "MediatR", "FluentValidation", "Mapster",
                "Npgsql", "ZiggyCreatures").GetResult(),
            "Domain is plain C#: no other layer, no EF Core, ASP.NET Core, MediatR, FluentValidation, Mapster, Npgsql or cache.");
    }

    [Fact]
    public void The_domain_assembly_references_nothing_but_the_base_class_library()
    {
        var references = Layers.Domain.GetReferencedAssemblies().Select(reference => reference.Name!);

        ArchAssert.None(
            references.Where(name => !(name.StartsWith("System", StringComparison.Ordinal) || name is "netstandard" or "mscorlib")),
            "Domain references only the BCL.");
    }

    [Fact]
    public void The_application_depends_on_neither_infrastructure_nor_the_api_nor_a_database_or_web_framework()
    {
        ArchAssert.Holds(
            Types.InAssembly(Layers.Application).ShouldNot().HaveDependencyOnAny(
                Layers.InfrastructureNamespace, Layers.ApiNamespace, "Microsoft.EntityFrameworkCore", "Npgsql", "Microsoft.AspNetCore").GetResult(),
            "Application sees abstractions only: no Infrastructure, Api, EF Core, Npgsql or ASP.NET Core.");
    }

    [Fact]
    public void The_api_sees_only_what_the_infrastructure_makes_public()
    {
        var friends = Layers.Infrastructure.GetCustomAttributes<System.Runtime.CompilerServices.InternalsVisibleToAttribute>()
            .Select(friend => friend.AssemblyName);

        ArchAssert.None(friends.Where(name => name == Layers.Api.GetName().Name),
            "Infrastructure grants the Api no InternalsVisibleTo: what the Api may use of it is public (setup, outage handling).");
    }

    [Fact]
    public void Application_requests_carry_no_serializer_attributes()
    {
        ArchAssert.Holds(
            Types.InAssembly(Layers.Application).ShouldNot().HaveDependencyOn("System.Text.Json.Serialization").GetResult(),
            "The Api binds HTTP to its own request shapes and builds the command, caller included: Application types know no serializer.");
    }

    [Fact]
    public void The_infrastructure_does_not_depend_on_the_api()
    {
        ArchAssert.Holds(
            Types.InAssembly(Layers.Infrastructure).ShouldNot().HaveDependencyOn(Layers.ApiNamespace).GetResult(),
            "Infrastructure never depends on the Api.");
    }

    [Theory]
    [InlineData("Domain", new string[0])]
    [InlineData("Application", new[] { "Platform.Domain" })]
    [InlineData("Infrastructure", new[] { "Platform.Application", "Platform.Domain" })]
    [InlineData("Api", new[] { "Platform.Application", "Platform.Domain", "Platform.Infrastructure" })]
    public void Project_references_only_point_inward(string layer, string[] allowed)
    {
        var assembly = layer switch
        {
            "Domain" => Layers.Domain,
            "Application" => Layers.Application,
            "Infrastructure" => Layers.Infrastructure,
            _ => Layers.Api,
        };

        var platformReferences = assembly.GetReferencedAssemblies()
            .Select(reference => reference.Name!)
            .Where(name => name.StartsWith("Platform.", StringComparison.Ordinal));

        ArchAssert.None(platformReferences.Except(allowed), $"{layer} may reference only: {string.Join(", ", allowed)}.");
    }
}
