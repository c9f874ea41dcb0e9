using Microsoft.EntityFrameworkCore.Storage;
using Platform.Application.Common.Persistence;

namespace Platform.Infrastructure.Persistence;

internal sealed class DbContextTransactionAdapter(IDbContextTransaction transaction) : IUnitOfWorkTransaction
{
    public Task CommitAsync(CancellationToken cancellationToken) => transaction.CommitAsync(cancellationToken);

    public ValueTask DisposeAsync() => transaction.DisposeAsync();
}
