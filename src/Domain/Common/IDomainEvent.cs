namespace Platform.Domain.Common;

/// <summary>
/// Something that happened to an aggregate, recorded by the aggregate itself (<see cref="AggregateRoot.Raise"/>) and
/// handled once the command that caused it saves: inside its transaction or after it commits (ADR 25).
/// </summary>
public interface IDomainEvent;
