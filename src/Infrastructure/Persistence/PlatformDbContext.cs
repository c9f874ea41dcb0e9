using Npgsql;
using Platform.Application.Common.Events;
using Platform.Application.Common.Persistence;
using Platform.Domain.Common;
using Platform.Domain.Identity;

namespace Platform.Infrastructure.Persistence;

/// <summary>The one EF Core context of Platform; each module adds its sets and configurations.</summary>
public sealed class PlatformDbContext(DbContextOptions<PlatformDbContext> options) : DbContext(options), IUnitOfWork, IDomainEvents
{
    private readonly List<IDomainEvent> _raisedWithoutAggregate = [];

    public DbSet<User> Users => Set<User>();

    async Task IUnitOfWork.BeginAsync(CancellationToken cancellationToken)
    {
        if (Database.CurrentTransaction is not null)
        {
            throw new InvalidOperationException("A transaction is already open: a command or job must not start another unit of work inside its own.");
        }

        await Database.BeginTransactionAsync(cancellationToken);
    }

    async Task IUnitOfWork.CommitAsync(CancellationToken cancellationToken)
    {
        await using var transaction = Database.CurrentTransaction
            ?? throw new InvalidOperationException("There is no transaction to commit: the unit of work was not begun.");
        await transaction.CommitAsync(cancellationToken);
    }

    async Task IUnitOfWork.RollbackAsync()
    {
        if (Database.CurrentTransaction is { } transaction)
        {
            await using (transaction)
            {
                try
                {
                    await transaction.RollbackAsync();
                }
                catch (Exception exception) when (DatabaseOutage.IsCauseOf(exception))
                {
                    // The server rolls back what a dead connection left open; the outage itself is what gets reported.
                }
            }
        }
    }

    /// <summary>
    /// Runs a query that needs a transaction of its own (a <c>SET LOCAL</c>) in a read-only one, outside any unit of
    /// work: queries never write.
    /// </summary>
    internal async Task<T> ReadInTransactionAsync<T>(Func<CancellationToken, Task<T>> read, CancellationToken cancellationToken)
    {
        await using var transaction = await Database.BeginTransactionAsync(cancellationToken);
        await Database.ExecuteSqlRawAsync("SET TRANSACTION READ ONLY", cancellationToken);
        var result = await read(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
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

    void IDomainEvents.Raise(IDomainEvent domainEvent) => _raisedWithoutAggregate.Add(domainEvent);

    /// <summary>
    /// The events of every aggregate this context tracks (added, changed, deleted or only read) and those raised without
    /// one, each taken once.
    /// </summary>
    private List<IDomainEvent> TakeDomainEvents()
    {
        List<IDomainEvent> taken = [.. _raisedWithoutAggregate, .. ChangeTracker.Entries<AggregateRoot>().ToList().SelectMany(entry => entry.Entity.TakeDomainEvents())];
        _raisedWithoutAggregate.Clear();
        return taken;
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasPostgresExtension("pg_trgm").HasPostgresExtension("cube").HasPostgresExtension("earthdistance").ApplyConfigurationsFromAssembly(typeof(PlatformDbContext).Assembly);
        foreach (var aggregate in modelBuilder.Model.GetEntityTypes().Where(type => type.ClrType.IsAssignableTo(typeof(AggregateRoot))).ToList())
        {
            modelBuilder.Entity(aggregate.ClrType).Ignore(nameof(AggregateRoot.DomainEvents));
        }
    }
}
