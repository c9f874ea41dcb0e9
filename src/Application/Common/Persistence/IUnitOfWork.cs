namespace Platform.Application.Common.Persistence;

/// <summary>Saves every change a command's handler made, in one transaction.</summary>
public interface IUnitOfWork
{
    /// <exception cref="UniqueConstraintViolationException">A unique constraint rejected the changes.</exception>
    Task SaveChangesAsync(CancellationToken cancellationToken);

    /// <summary>Forgets changes that were made but must not be saved (the command failed).</summary>
    void DiscardChanges();
}
