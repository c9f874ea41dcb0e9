using Platform.Application.Common.Events;
using Platform.Application.Common.Outbox;

namespace Platform.Application.Common.Persistence;

/// <summary>
/// How every transaction ends in a commit (ADR 26): the domain events its changes raised are handled in it (in-transaction
/// handlers, and the outbox messages of those events written with it, ADR 37), then it saves and commits, then the
/// after-commit handlers run (cache invalidation, pushes). The unit-of-work behavior ends each command's transaction
/// with it, the outbox relay each delivery's, so a consumer's changes have the same effects as a command's.
/// </summary>
public interface ITransactionCommit
{
    /// <exception cref="ConstraintViolationException">A unique or foreign-key constraint rejected the changes.</exception>
    /// <exception cref="ConcurrencyConflictException">Another request changed a row this one read.</exception>
    Task CommitAsync(CancellationToken cancellationToken);
}

internal sealed class TransactionCommit(IUnitOfWork unitOfWork, DomainEventDispatcher events, IOutbox outbox, OutboxMessageCatalog messages)
    : ITransactionCommit
{
    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        using var commit = Tracing.Source.StartActivity("commit");
        // A handler may change aggregates that raise events of their own (a result seats the next match): those are
        // handled too, until nothing new is raised.
        var raised = new List<IDomainEvent>();
        for (var batch = unitOfWork.TakeDomainEvents(); batch.Count > 0; batch = unitOfWork.TakeDomainEvents())
        {
            await events.DispatchInTransactionAsync(batch, cancellationToken);
            raised.AddRange(batch);
        }

        foreach (var message in messages.MessagesOf(raised))
        {
            outbox.Enqueue(message);
        }

        await unitOfWork.SaveChangesAsync(cancellationToken);
        await unitOfWork.CommitAsync(cancellationToken);
        await events.DispatchAfterCommitAsync(raised);
    }
}
