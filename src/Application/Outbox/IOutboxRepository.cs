namespace Platform.Application.Outbox;

/// <summary>What administrators see of the outbox and may do with its dead messages (ADR 37).</summary>
public interface IOutboxRepository
{
    /// <summary>Messages of one status, newest first, after the message <paramref name="after"/> when given.</summary>
    Task<IReadOnlyList<OutboxMessageView>> ListAsync(string status, string? name, Guid? after, int take, CancellationToken cancellationToken);

    Task<OutboxMessageView?> FindAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Makes a dead message pending again, due now, with its attempts counted afresh; false if it is not dead.</summary>
    Task<bool> RetryAsync(Guid id, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Deletes a dead message; false if it is not dead.</summary>
    Task<bool> DiscardAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Deletes the messages delivered before <paramref name="deliveredBefore"/> and their consumers' records; answers how many messages.</summary>
    Task<int> PurgeDeliveredAsync(DateTimeOffset deliveredBefore, CancellationToken cancellationToken);
}

/// <summary>An outbox message without its payload (which may hold a one-time link or personal data).</summary>
public sealed record OutboxMessageView(
    Guid Id, string Name, string Status, int Attempts, DateTimeOffset CreatedAt, DateTimeOffset AvailableAt, DateTimeOffset? ProcessedAt,
    string? LastError, string? CorrelationId);

/// <summary>The statuses of an outbox message, as the API names them.</summary>
public static class OutboxMessageStatus
{
    public const string Pending = "pending";
    public const string Dispatched = "dispatched";
    public const string Dead = "dead";

    public static readonly IReadOnlyList<string> All = [Pending, Dispatched, Dead];
}
