namespace Platform.Application.Common.Outbox;

/// <summary>
/// A message the outbox carries from a committed change to its consumers (ADR 37). It is stored as JSON under the
/// versioned name of its <see cref="OutboxMessageAttribute"/>, never under a CLR type name, so a message written
/// before a deploy is read after it; a change a consumer cannot read is a new contract with the next version.
/// </summary>
public interface IOutboxMessage;

/// <summary>A message the unit of work writes for every committed <typeparamref name="TEvent"/>, mapped from it by Mapster.</summary>
public interface IOutboxMessage<TEvent> : IOutboxMessage
    where TEvent : IDomainEvent;

/// <summary>The versioned name a message is stored under: <c>module.what-happened.vN</c>.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class OutboxMessageAttribute(string name) : Attribute
{
    public string Name { get; } = name;

    /// <summary>
    /// The payload holds a secret (a one-time link): it is erased once every consumer has it, and kept in a dead
    /// message only until an administrator retries or discards it.
    /// </summary>
    public bool HoldsSecrets { get; init; }
}
