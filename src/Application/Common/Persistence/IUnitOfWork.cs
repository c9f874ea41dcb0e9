namespace Platform.Application.Common.Persistence;

/// <summary>Runs a command in one database transaction and saves every change its handler made.</summary>
public interface IUnitOfWork
{
    /// <summary>
    /// Starts the transaction every write of the command joins, the immediate ones (bulk updates, early saves) as
    /// well as the final save; nothing is visible to others before <see cref="IUnitOfWorkTransaction.CommitAsync"/>.
    /// </summary>
    Task<IUnitOfWorkTransaction> BeginTransactionAsync(CancellationToken cancellationToken);

    /// <exception cref="UniqueConstraintViolationException">A unique constraint rejected the changes.</exception>
    /// <exception cref="ConcurrencyConflictException">Another request changed a row this one read.</exception>
    Task SaveChangesAsync(CancellationToken cancellationToken);

    /// <summary>Forgets changes that were made but must not be saved (the command failed).</summary>
    void DiscardChanges();
}
