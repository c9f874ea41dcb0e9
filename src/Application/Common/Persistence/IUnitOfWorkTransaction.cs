namespace Platform.Application.Common.Persistence;

/// <summary>The transaction of one command: disposing it without a commit rolls every write of the command back.</summary>
public interface IUnitOfWorkTransaction : IAsyncDisposable
{
    Task CommitAsync(CancellationToken cancellationToken);
}
