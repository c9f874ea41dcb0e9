using System.Reflection;
using System.Text.RegularExpressions;
using Platform.Application.Common.Outbox;

namespace Platform.ArchitectureTests;

/// <summary>What the outbox carries is a versioned contract, read only by consumers that own no transaction (ADR 37).</summary>
public sealed partial class OutboxRules
{
    [Fact]
    public void Every_outbox_message_is_a_record_with_one_versioned_name_of_its_own()
    {
        var messages = Layers.Application.GetTypes().Where(type => type.IsClass && typeof(IOutboxMessage).IsAssignableFrom(type)).ToList();
        var names = messages.Select(type => (Type: type, Name: type.GetCustomAttribute<OutboxMessageAttribute>()?.Name)).ToList();

        ArchAssert.None(
            names.Where(message => message.Name is null || !VersionedName().IsMatch(message.Name))
                .Select(message => $"{message.Type.FullName} is named \"{message.Name}\"")
                .Concat(names.GroupBy(message => message.Name).Where(group => group.Count() > 1).Select(group => $"\"{group.Key}\" names {group.Count()} messages"))
                .Concat(messages.Where(type => type.GetMethod("<Clone>$") is null || !type.IsSealed).Select(type => $"{type.FullName} is not a sealed record")),
            "An outbox message is a sealed record with [OutboxMessage(\"module.what-happened.vN\")], a name no other message uses.");
    }

    [Fact]
    public void Messages_of_domain_events_are_published_in_their_module_contracts()
    {
        var misplaced = Layers.Application.GetTypes()
            .Where(type => type.IsClass && type.GetInterfaces().Any(contract => contract.IsGenericType && contract.GetGenericTypeDefinition() == typeof(IOutboxMessage<>)))
            .Where(type => type.Namespace is null || !type.Namespace.EndsWith(".Contracts", StringComparison.Ordinal))
            .Select(type => type.FullName!);

        ArchAssert.None(misplaced, "A message written for a domain event is part of its module's published contract: Platform.Application.<Module>.Contracts.");
    }

    [GeneratedRegex("^[a-z]+(-[a-z]+)*\\.[a-z]+(-[a-z]+)*\\.v[1-9][0-9]*$")]
    private static partial Regex VersionedName();
}
