namespace Platform.Application.Common.Persistence;

/// <summary>
/// The one owner of a transaction (ADR 26). <see cref="Behaviors.UnitOfWorkBehavior{TRequest,TResponse}"/> begins one
/// for each command before anything else runs, saves and commits it once the command succeeded (or refused with a
/// <see cref="RecordedRefusal"/>) and rolls it back otherwise; background jobs use it the same way for each batch. No
/// handler or repository saves, begins or commits.
/// </summary>
public interface IUnitOfWork
{
    /// <summary>Begins the transaction; a second one while the first is open is a programming error (a command sent from a command).</summary>
    Task BeginAsync(CancellationToken cancellationToken);

    /// <exception cref="ConstraintViolationException">A unique or foreign-key constraint rejected the changes.</exception>
    /// <exception cref="ConcurrencyConflictException">Another request changed a row this one read.</exception>
    Task SaveChangesAsync(CancellationToken cancellationToken);

    Task CommitAsync(CancellationToken cancellationToken);

    /// <summary>Rolls back the open transaction, if any; safe to call when none was begun.</summary>
    Task RollbackAsync();

    /// <summary>Forgets changes that were made but must not be saved (the command failed), and the events they raised.</summary>
    void DiscardChanges();

    /// <summary>Takes the events the command's aggregates raised (each once), to be handled as it saves (ADR 25).</summary>
    IReadOnlyList<IDomainEvent> TakeDomainEvents();
}
