using MediatR;
using NetArchTest.Rules;
using Platform.Domain.Common;

namespace Platform.ArchitectureTests;

/// <summary>Side effects follow domain events (ADR 25): aggregates record them, after-commit handlers react.</summary>
public sealed class EventRules
{
    [Fact]
    public void Domain_events_are_records_of_the_domain()
    {
        var events = new[] { Layers.Domain, Layers.Application, Layers.Infrastructure, Layers.Api }
            .SelectMany(assembly => assembly.GetTypes())
            .Where(type => type.IsClass && typeof(IDomainEvent).IsAssignableFrom(type));

        ArchAssert.None(
            events.Where(type => type.Assembly != Layers.Domain || type.GetMethod("<Clone>$") is null).Select(type => type.FullName!),
            "A domain event is a record in Platform.Domain, beside the aggregate that raises it.");
    }

    [Fact]
    public void Request_handlers_neither_evict_the_cache_nor_push_by_hand()
    {
        var handlers = Types.InAssembly(Layers.Application).That().ImplementInterface(typeof(IRequestHandler<,>))
            .ShouldNot().HaveDependencyOnAny("ZiggyCreatures.Caching.Fusion", "Platform.Application.Common.Realtime")
            .GetResult();

        ArchAssert.Holds(handlers,
            "A request handler changes aggregates; the cache and the hub hear of it from the module's IAfterCommitHandler.");
    }
}
