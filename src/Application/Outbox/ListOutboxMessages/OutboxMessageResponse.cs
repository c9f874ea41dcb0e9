namespace Platform.Application.Outbox.ListOutboxMessages;

/// <summary>
/// An outbox message as administrators see it: its contract's name, where its delivery stands and the last error,
/// and the correlation id of the request that wrote it (to find its logs). Mapped by name from <see cref="OutboxMessageView"/>.
/// </summary>
public sealed record OutboxMessageResponse(
    Guid Id, string Name, string Status, int Attempts, DateTimeOffset CreatedAt, DateTimeOffset AvailableAt, DateTimeOffset? ProcessedAt,
    string? LastError, string? CorrelationId);

/// <summary>A page of outbox messages; <paramref name="NextCursor"/> is null on the last page.</summary>
public sealed record OutboxMessagePage(IReadOnlyList<OutboxMessageResponse> Items, string? NextCursor);
