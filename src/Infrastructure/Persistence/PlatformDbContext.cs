using Microsoft.EntityFrameworkCore;
using Npgsql;
using Platform.Application.Common.Persistence;
using Platform.Domain.Identity;

namespace Platform.Infrastructure.Persistence;

/// <summary>The one EF Core context of Platform; each module adds its sets and configurations.</summary>
public sealed class PlatformDbContext(DbContextOptions<PlatformDbContext> options) : DbContext(options), IUnitOfWork
{
    public DbSet<User> Users => Set<User>();

    /// <summary>A command sent inside a transaction someone else opened (a background job's) joins it: that one decides.</summary>
    async Task<IUnitOfWorkTransaction> IUnitOfWork.BeginTransactionAsync(CancellationToken cancellationToken) =>
        Database.CurrentTransaction is null
            ? new DbContextTransactionAdapter(await Database.BeginTransactionAsync(cancellationToken))
            : JoinedTransaction.Instance;

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
            SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: { } constraint,
        })
        {
            throw new UniqueConstraintViolationException(constraint, exception);
        }
    }

    void IUnitOfWork.DiscardChanges() => ChangeTracker.Clear();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.HasPostgresExtension("pg_trgm").ApplyConfigurationsFromAssembly(typeof(PlatformDbContext).Assembly);
}
