namespace Platform.Application.Common.Persistence;

/// <summary>
/// Saves a command's changes in one transaction. Writes a repository makes at once (a conditional UPDATE that uses a
/// token up) open that transaction when they run, so they commit or roll back with the command's final save; a
/// command without such writes holds no connection while its handler runs (e.g. while a password is hashed).
/// </summary>
public interface IUnitOfWork
{
    /// <exception cref="ConstraintViolationException">A unique or foreign-key constraint rejected the changes.</exception>
    /// <exception cref="ConcurrencyConflictException">Another request changed a row this one read.</exception>
    Task SaveChangesAsync(CancellationToken cancellationToken);

    /// <summary>Commits the transaction the command's immediate writes opened, if any.</summary>
    Task CommitAsync(CancellationToken cancellationToken);

    /// <summary>Rolls back the transaction the command's immediate writes opened, if any.</summary>
    Task RollbackAsync();

    /// <summary>Forgets changes that were made but must not be saved (the command failed), and the events they raised.</summary>
    void DiscardChanges();

    /// <summary>Takes the events the command's aggregates raised (each once), to be handled as it saves (ADR 25).</summary>
    IReadOnlyList<IDomainEvent> TakeDomainEvents();
}
