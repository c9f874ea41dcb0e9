namespace Platform.Application.Common.Events;

/// <summary>
/// Runs inside the transaction of the command whose aggregates raised <typeparamref name="TEvent"/> (or a subtype), before
/// it commits: what must be saved with the change or not at all. This is the seam where the durable outbox will write
/// the events (ADR 25). A handler that throws fails the command and nothing is saved.
/// </summary>
public interface IInTransactionHandler<in TEvent>
    where TEvent : IDomainEvent
{
    Task HandleAsync(TEvent domainEvent, CancellationToken cancellationToken);
}

/// <summary>
/// Runs once the command whose aggregates raised <typeparamref name="TEvent"/> (or a subtype) has committed: cache
/// invalidation, then real-time pushes, in that order within one handler so a client that re-reads on a push sees the
/// change. A handler that throws is logged; the change stays committed and the request succeeds (ADR 25).
/// </summary>
public interface IAfterCommitHandler<in TEvent>
    where TEvent : IDomainEvent
{
    Task HandleAsync(TEvent domainEvent, CancellationToken cancellationToken);
}
