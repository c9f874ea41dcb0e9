using Platform.Application.Outbox;

namespace Platform.Application.UnitTests.Support;

/// <summary>Outbox messages as administrators see them, held in memory.</summary>
public sealed class InMemoryOutboxRepository : IOutboxRepository
{
    public List<OutboxMessageView> Messages { get; } = [];

    public Task<IReadOnlyList<OutboxMessageView>> ListAsync(string status, string? name, Guid? after, int take, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<OutboxMessageView>>([.. Messages
            .Where(message => message.Status == status && (name is null || message.Name == name) && (after is null || message.Id.CompareTo(after.Value) < 0))
            .OrderByDescending(message => message.Id)
            .Take(take)]);

    public Task<OutboxMessageView?> FindAsync(Guid id, CancellationToken cancellationToken) => Task.FromResult(Messages.SingleOrDefault(message => message.Id == id));

    public Task<bool> RetryAsync(Guid id, DateTimeOffset now, CancellationToken cancellationToken) =>
        Task.FromResult(Replace(id, message => message with { Status = OutboxMessageStatus.Pending, Attempts = 0, AvailableAt = now, ProcessedAt = null }));

    public Task<bool> DiscardAsync(Guid id, CancellationToken cancellationToken) =>
        Task.FromResult(Messages.RemoveAll(message => message.Id == id && message.Status == OutboxMessageStatus.Dead) == 1);

    public Task<int> PurgeDeliveredAsync(DateTimeOffset deliveredBefore, CancellationToken cancellationToken) =>
        Task.FromResult(Messages.RemoveAll(message => message.Status == OutboxMessageStatus.Dispatched && message.ProcessedAt < deliveredBefore));

    private bool Replace(Guid id, Func<OutboxMessageView, OutboxMessageView> change)
    {
        var index = Messages.FindIndex(message => message.Id == id && message.Status == OutboxMessageStatus.Dead);
        if (index < 0)
        {
            return false;
        }

        Messages[index] = change(Messages[index]);
        return true;
    }
}
