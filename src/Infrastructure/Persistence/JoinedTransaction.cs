using Platform.Application.Common.Persistence;

namespace Platform.Infrastructure.Persistence;

/// <summary>The part of a command in a transaction it did not open: committing and disposing are left to the owner.</summary>
internal sealed class JoinedTransaction : IUnitOfWorkTransaction
{
    public static JoinedTransaction Instance { get; } = new();

    private JoinedTransaction()
    {
    }

    public Task CommitAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
