using System.Reflection;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Application.Common.Messaging;

namespace Platform.ArchitectureTests;

public sealed class SliceRules
{
    private static readonly Type[] ApplicationTypes = Layers.Application.GetTypes();

    private static IEnumerable<Type> Requests => ApplicationTypes.Where(type =>
        type is { IsClass: true, IsAbstract: false } && Implements(type, typeof(IRequest<>)));

    private static IEnumerable<Type> Handlers => ApplicationTypes.Where(type =>
        type is { IsClass: true, IsAbstract: false } && Implements(type, typeof(IRequestHandler<,>)));

    [Fact]
    public void Every_command_and_query_has_exactly_one_handler()
    {
        var handled = Handlers
            .SelectMany(handler => handler.GetInterfaces())
            .Where(contract => contract.IsGenericType && contract.GetGenericTypeDefinition() == typeof(IRequestHandler<,>))
            .Select(contract => contract.GetGenericArguments()[0])
            .ToList();

        ArchAssert.None(
            Requests.Where(request => handled.Count(type => type == request) != 1).Select(request => request.FullName!),
            "Every request has exactly one handler.");
    }

    /// <summary>
    /// Ids alone need no validator: the caller's come from the access token, a route's from its <c>{id:guid}</c>
    /// constraint. A command that carries anything else a client chose (text, numbers, dates, lists) has one.
    /// </summary>
    [Fact]
    public void Every_command_with_client_input_beyond_ids_has_a_validator()
    {
        var validated = ApplicationTypes.Where(type => !type.IsAbstract).Select(ValidatedType).OfType<Type>().ToHashSet();

        ArchAssert.None(
            Requests.Where(request => typeof(ICommand).IsAssignableFrom(request) && !validated.Contains(request)
                    && request.GetProperties().Any(property => property.DeclaringType == request
                        && property.PropertyType != typeof(Guid) && property.PropertyType != typeof(bool)))
                .Select(request => request.FullName!),
            "A command with input beyond ids has an AbstractValidator<TCommand> in its slice.");

        // What a validator validates: the T of the AbstractValidator<T> it derives from, through a shared base if it has one.
        static Type? ValidatedType(Type type)
        {
            for (var baseType = type.BaseType; baseType is not null; baseType = baseType.BaseType)
            {
                if (baseType.IsGenericType && baseType.GetGenericTypeDefinition() == typeof(AbstractValidator<>))
                {
                    return baseType.GetGenericArguments()[0];
                }
            }

            return null;
        }
    }

    [Fact]
    public void Responses_are_mapped_by_mapster_not_by_factories_of_their_own()
    {
        var responses = ApplicationTypes.Where(type => type.IsClass && type.Name.EndsWith("Response", StringComparison.Ordinal));

        ArchAssert.None(
            responses.SelectMany(response => response.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(method => method.ReturnType == response && !method.IsSpecialName)
                .Select(method => $"{response.FullName}.{method.Name}")),
            "A response is mapped from its source by Mapster, configured by an IRegister beside it (ADR 30); it has no From/Of factory.");
    }

    [Fact]
    public void Handlers_are_sealed_and_internal_and_named_handler()
    {
        ArchAssert.None(
            Handlers.Where(handler => !handler.IsSealed || handler.IsPublic || !handler.Name.EndsWith("Handler", StringComparison.Ordinal))
                .Select(handler => handler.FullName!),
            "Handlers are internal sealed classes ending with 'Handler'.");
    }

    [Fact]
    public void Validators_are_sealed_and_internal_and_named_validator()
    {
        var validators = ApplicationTypes.Where(type => type is { IsClass: true, IsAbstract: false } && Implements(type, typeof(IValidator<>)));

        ArchAssert.None(
            validators.Where(validator => !validator.IsSealed || validator.IsPublic || !validator.Name.EndsWith("Validator", StringComparison.Ordinal))
                .Select(validator => validator.FullName!),
            "Validators are internal sealed classes ending with 'Validator'.");
    }

    [Fact]
    public void Requests_are_named_for_what_they_are()
    {
        ArchAssert.None(
            Requests.Where(request => typeof(ICommand).IsAssignableFrom(request)
                    ? !request.Name.EndsWith("Command", StringComparison.Ordinal)
                    : !request.Name.EndsWith("Query", StringComparison.Ordinal))
                .Select(request => request.FullName!),
            "Commands end with 'Command', queries with 'Query'.");
    }

    [Fact]
    public void A_request_its_handler_and_its_validator_live_in_one_slice_folder()
    {
        var misplaced = Handlers.SelectMany(handler => handler.GetInterfaces()
                .Where(contract => contract.IsGenericType && contract.GetGenericTypeDefinition() == typeof(IRequestHandler<,>))
                .Select(contract => (handler, request: contract.GetGenericArguments()[0])))
            .Where(pair => pair.handler.Namespace != pair.request.Namespace)
            .Select(pair => $"{pair.handler.FullName} handles {pair.request.FullName}");

        ArchAssert.None(misplaced, "A handler sits in the namespace (folder) of the request it handles.");
    }

    [Fact]
    public void Ef_core_configurations_are_sealed_and_internal()
    {
        var configurations = Layers.Infrastructure.GetTypes()
            .Where(type => type is { IsClass: true, IsAbstract: false } && Implements(type, typeof(IEntityTypeConfiguration<>)));

        ArchAssert.None(
            configurations.Where(type => !type.IsSealed || type.IsPublic || !type.Name.EndsWith("Configuration", StringComparison.Ordinal))
                .Select(type => type.FullName!),
            "EF Core configurations are internal sealed classes ending with 'Configuration'.");
    }

    [Fact]
    public void Every_repository_interface_has_one_infrastructure_class_of_the_matching_name()
    {
        var repositoryPorts = ApplicationTypes.Where(type => type.IsInterface && type.Name.EndsWith("Repository", StringComparison.Ordinal));
        var infrastructureTypes = Layers.Infrastructure.GetTypes();

        ArchAssert.None(
            repositoryPorts.Where(port => infrastructureTypes.Count(type =>
                    type is { IsClass: true, IsAbstract: false, IsSealed: true, IsPublic: false } && type.Name == port.Name[1..] && type.IsAssignableTo(port)) != 1)
                .Select(port => port.FullName!),
            "Each IXRepository of Application has exactly one internal sealed XRepository in Infrastructure (registered by name).");
    }

    private static bool Implements(Type type, Type openGeneric) =>
        type.GetInterfaces().Any(contract => contract.IsGenericType && contract.GetGenericTypeDefinition() == openGeneric);
}
