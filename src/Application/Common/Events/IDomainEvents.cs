namespace Platform.Application.Common.Events;

/// <summary>
/// Raises an event no aggregate can record because there is none: a sign-in with an address no account has. The unit
/// of work hands it to its handlers with the aggregates' events, and forgets it with them when the command's changes
/// are discarded (ADR 25). Everything else is raised by an aggregate; the handlers that may call this are listed in
/// <c>tests/ArchitectureTests/EventRules.cs</c>.
/// </summary>
public interface IDomainEvents
{
    void Raise(IDomainEvent domainEvent);
}
