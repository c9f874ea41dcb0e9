namespace Platform.Domain.Common;

/// <summary>
/// An entity that guards its own rules and records what happened to it as <see cref="IDomainEvent"/>s. Only the
/// aggregate raises its events; the unit of work takes them when the command saves (ADR 25).
/// </summary>
public abstract class AggregateRoot
{
    private readonly List<IDomainEvent> _domainEvents = [];

    public IReadOnlyList<IDomainEvent> DomainEvents => _domainEvents;

    /// <summary>Hands over the recorded events and forgets them, so each is handled once.</summary>
    public IReadOnlyList<IDomainEvent> TakeDomainEvents()
    {
        var taken = _domainEvents.ToList();
        _domainEvents.Clear();
        return taken;
    }

    protected void Raise(IDomainEvent domainEvent) => _domainEvents.Add(domainEvent);
}
