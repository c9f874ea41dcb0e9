using Platform.Application.Outbox;
using Platform.Domain.Common;

namespace Platform.Infrastructure.Outbox;

/// <summary>The administrators' view of <c>outbox_messages</c>; retry and discard are one conditional statement each.</summary>
internal sealed class OutboxRepository(PlatformDbContext context) : IOutboxRepository
{
    public async Task<IReadOnlyList<OutboxMessageView>> ListAsync(string status, string? name, Guid? after, int take, CancellationToken cancellationToken)
    {
        var stored = Enum.Parse<OutboxStatus>(status, ignoreCase: true);
        var messages = context.Set<OutboxEntry>().AsNoTracking().Where(entry => entry.Status == stored);
        if (name is not null)
        {
            messages = messages.Where(entry => entry.Name == name);
        }

        if (after is { } cursor)
        {
            messages = messages.Where(entry => entry.Id.CompareTo(cursor) < 0);
        }

        var page = await messages.OrderByDescending(entry => entry.Id).Take(take).ToListAsync(cancellationToken);
        return [.. page.Select(ViewOf)];
    }

    public async Task<OutboxMessageView?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await context.Set<OutboxEntry>().AsNoTracking().SingleOrDefaultAsync(entry => entry.Id == id, cancellationToken) is { } entry ? ViewOf(entry) : null;

    public async Task<bool> RetryAsync(Guid id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var due = StoredTime.From(now);
        return await context.Set<OutboxEntry>()
            .Where(entry => entry.Id == id && entry.Status == OutboxStatus.Dead)
            .ExecuteUpdateAsync(set => set
                .SetProperty(entry => entry.Status, OutboxStatus.Pending)
                .SetProperty(entry => entry.Attempts, 0)
                .SetProperty(entry => entry.AvailableAt, due)
                .SetProperty(entry => entry.ProcessedAt, (DateTimeOffset?)null)
                .SetProperty(entry => entry.ClaimedUntil, (DateTimeOffset?)null), cancellationToken) == 1;
    }

    public async Task<bool> DiscardAsync(Guid id, CancellationToken cancellationToken) =>
        await context.Set<OutboxEntry>()
            .Where(entry => entry.Id == id && entry.Status == OutboxStatus.Dead)
            .ExecuteDeleteAsync(cancellationToken) == 1;

    public async Task<int> PurgeDeliveredAsync(DateTimeOffset deliveredBefore, CancellationToken cancellationToken)
    {
        var before = StoredTime.From(deliveredBefore);
        await context.Set<ProcessedMessage>().Where(processed => processed.ProcessedAt < before).ExecuteDeleteAsync(cancellationToken);
        return await context.Set<OutboxEntry>()
            .Where(entry => entry.Status == OutboxStatus.Dispatched && entry.ProcessedAt < before)
            .ExecuteDeleteAsync(cancellationToken);
    }

    private static OutboxMessageView ViewOf(OutboxEntry entry) =>
        new(entry.Id, entry.Name, entry.Status.ToString().ToLowerInvariant(), entry.Attempts, entry.CreatedAt, entry.AvailableAt, entry.ProcessedAt,
            entry.LastError, entry.CorrelationId);
}
