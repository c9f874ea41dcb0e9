namespace Platform.Application.Common.Outbox;

/// <summary>
/// Reacts to a committed <typeparamref name="TMessage"/>, once (ADR 37). The relay owns the transaction: it records the
/// consumer and the message id, calls this, saves what the consumer changed through the scope's context and commits
/// both together, so a redelivered message finds its record and is skipped. A consumer with an effect outside the
/// database (a mail) is at least once; it passes <see cref="OutboxDelivery.MessageId"/> on for the receiver to
/// deduplicate. No order between messages is promised.
/// </summary>
public interface IOutboxConsumer<in TMessage>
    where TMessage : IOutboxMessage
{
    Task ConsumeAsync(TMessage message, OutboxDelivery delivery, CancellationToken cancellationToken);
}

/// <summary>What the relay knows of a message beside its payload.</summary>
public sealed record OutboxDelivery(Guid MessageId, string MessageName, DateTimeOffset OccurredAt, string? CorrelationId, int Attempt);

/// <summary>
/// Thrown by a consumer when trying again cannot help (a mail server refusing the address for good): the message goes
/// straight to the dead messages, with this reason, instead of waiting for its next attempt.
/// </summary>
public sealed class PermanentDeliveryFailureException(string reason, Exception? innerException = null) : Exception(reason, innerException);
