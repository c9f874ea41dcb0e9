using MediatR;
using NetArchTest.Rules;
using Platform.Domain.Common;

namespace Platform.ArchitectureTests;

/// <summary>Side effects follow domain events (ADR 25): aggregates record them, after-commit handlers react.</summary>
public sealed class EventRules
{
    /// <summary>The handlers that raise an event no aggregate records, and why; a new one is a decision, added here and to ADR 25.</summary>
    private static readonly HashSet<string> RaisersWithoutAggregate =
    [
        "Platform.Application.Identity.Login.LoginHandler", // a sign-in with an address no account has: there is no user to record it
    ];

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

    [Fact]
    public void Request_handlers_know_the_caller_from_their_request()
    {
        var handlers = Types.InAssembly(Layers.Application).That().ImplementInterface(typeof(IRequestHandler<,>))
            .ShouldNot().HaveDependencyOn("Platform.Application.Common.Security.ICurrentUser")
            .GetResult();

        ArchAssert.Holds(handlers,
            "A handler takes its caller from its request, which the endpoint builds; ICurrentUser is for the pipeline and the audit trail.");
    }

    [Fact]
    public void The_audit_trail_is_written_from_events_and_refused_admin_actions_only()
    {
        var writers = TransactionRules.CallsIn(Layers.Application, Layers.Infrastructure, Layers.Api)
            .Where(call => call.Callee is "IAuditLog::Add")
            .Select(call => call.Caller)
            .Distinct()
            .Where(caller => caller is not ("Platform.Application.Audit.AuditTrail" or "Platform.Application.Common.Behaviors.AdminActionAuditBehavior`2"));

        ArchAssert.None(writers.Select(type => $"{type} calls IAuditLog::Add"),
            "Audit records come from the aggregates' events (AuditTrail, in the command's transaction) and from AdminActionAuditBehavior.");
    }

    [Fact]
    public void Only_the_listed_handlers_raise_an_event_without_an_aggregate()
    {
        var raisers = TransactionRules.CallsIn(Layers.Application, Layers.Infrastructure, Layers.Api)
            .Where(call => call.Callee is "IDomainEvents::Raise")
            .Select(call => call.Caller)
            .ToHashSet();

        ArchAssert.None(
            raisers.Except(RaisersWithoutAggregate).Select(type => $"{type} raises an event through IDomainEvents but is not listed")
                .Concat(RaisersWithoutAggregate.Except(raisers).Select(type => $"{type} is listed but raises nothing through IDomainEvents")),
            "An aggregate raises its events; the few facts with no aggregate are listed in EventRules.RaisersWithoutAggregate.");
    }
}
