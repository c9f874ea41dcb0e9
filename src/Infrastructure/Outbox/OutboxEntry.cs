using Platform.Domain.Common;

namespace Platform.Infrastructure.Outbox;

/// <summary>A row of the outbox: one message, and how its delivery goes (ADR 37).</summary>
internal sealed class OutboxEntry
{
    public const int NameMaxLength = 100;
    public const int LastErrorMaxLength = 2000;

    private OutboxEntry(Guid id, string name, string payload, string? correlationId, string? traceParent, DateTimeOffset createdAt)
    {
        Id = id;
        Name = name;
        Payload = payload;
        CorrelationId = correlationId;
        TraceParent = traceParent;
        CreatedAt = createdAt;
        AvailableAt = createdAt;
        Status = OutboxStatus.Pending;
    }

    public Guid Id { get; }

    /// <summary>The message contract's versioned name, e.g. <c>projects.member-added.v1</c>.</summary>
    public string Name { get; }

    /// <summary>The message as JSON; <c>{}</c> once a message that holds secrets is delivered.</summary>
    public string Payload { get; private set; }

    public string? CorrelationId { get; }

    /// <summary>The W3C trace context of the request that wrote it, so its delivery continues that trace.</summary>
    public string? TraceParent { get; }

    public DateTimeOffset CreatedAt { get; }

    /// <summary>When it may be delivered next: at once, or after the backoff of a failed attempt.</summary>
    public DateTimeOffset AvailableAt { get; private set; }

    public int Attempts { get; private set; }

    public OutboxStatus Status { get; private set; }

    /// <summary>The lease of the relay delivering it; when it passes, another relay takes the message again.</summary>
    public DateTimeOffset? ClaimedUntil { get; private set; }

    /// <summary>When it was delivered to every consumer, or given up as dead.</summary>
    public DateTimeOffset? ProcessedAt { get; private set; }

    public string? LastError { get; private set; }

    public static OutboxEntry Write(string name, string payload, string? correlationId, string? traceParent, DateTimeOffset now) =>
        new(Guid.CreateVersion7(now), name, payload, correlationId, traceParent, StoredTime.From(now));
}

internal enum OutboxStatus
{
    Pending,
    Dispatched,
    Dead,
}
