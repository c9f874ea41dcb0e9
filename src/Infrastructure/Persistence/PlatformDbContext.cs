using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using Platform.Application.Common.Persistence;
using Platform.Domain.Common;
using Platform.Domain.Identity;

namespace Platform.Infrastructure.Persistence;

/// <summary>The one EF Core context of Platform; each module adds its sets and configurations.</summary>
public sealed class PlatformDbContext(DbContextOptions<PlatformDbContext> options) : DbContext(options), IUnitOfWork
{
    public DbSet<User> Users => Set<User>();

    private IDbContextTransaction? _commandTransaction;

    /// <summary>
    /// Called by a repository before a write that runs at once (ExecuteUpdate): opens the command's transaction, so that
    /// write commits or rolls back with the command's save. Inside a transaction someone else opened (a background job's)
    /// it joins that one, which its owner commits.
    /// </summary>
    internal async Task EnsureCommandTransactionAsync(CancellationToken cancellationToken)
    {
        if (Database.CurrentTransaction is null)
        {
            _commandTransaction = await Database.BeginTransactionAsync(cancellationToken);
        }
    }

    async Task IUnitOfWork.CommitAsync(CancellationToken cancellationToken)
    {
        if (TakeCommandTransaction() is { } transaction)
        {
            await using (transaction)
            {
                await transaction.CommitAsync(cancellationToken);
            }
        }
    }

    async Task IUnitOfWork.RollbackAsync()
    {
        if (TakeCommandTransaction() is { } transaction)
        {
            await using (transaction)
            {
                await transaction.RollbackAsync();
            }
        }
    }

    /// <summary>The transaction this context opened for the current command, if it is still the current one (pooled contexts are reused).</summary>
    private IDbContextTransaction? TakeCommandTransaction()
    {
        var transaction = ReferenceEquals(_commandTransaction, Database.CurrentTransaction) ? _commandTransaction : null;
        _commandTransaction = null;
        return transaction;
    }

    async Task IUnitOfWork.SaveChangesAsync(CancellationToken cancellationToken)
    {
        try
        {
            await SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException exception)
        {
            throw new ConcurrencyConflictException(exception);
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException
        {
            SqlState: PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.ForeignKeyViolation, ConstraintName: { } constraint,
        })
        {
            throw new ConstraintViolationException(constraint, exception);
        }
    }

    void IUnitOfWork.DiscardChanges()
    {
        // The refused command's events go with its changes.
        _ = TakeDomainEvents();
        ChangeTracker.Clear();
    }

    IReadOnlyList<IDomainEvent> IUnitOfWork.TakeDomainEvents() => TakeDomainEvents();

    /// <summary>The events of every aggregate this context tracks (added, changed, deleted or only read), each taken once.</summary>
    private List<IDomainEvent> TakeDomainEvents() =>
        [.. ChangeTracker.Entries<AggregateRoot>().ToList().SelectMany(entry => entry.Entity.TakeDomainEvents())];

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasPostgresExtension("pg_trgm").ApplyConfigurationsFromAssembly(typeof(PlatformDbContext).Assembly);
        foreach (var aggregate in modelBuilder.Model.GetEntityTypes().Where(type => type.ClrType.IsAssignableTo(typeof(AggregateRoot))).ToList())
        {
            modelBuilder.Entity(aggregate.ClrType).Ignore(nameof(AggregateRoot.DomainEvents));
        }
    }
}
