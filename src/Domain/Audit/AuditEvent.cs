namespace Platform.Domain.Audit;

/// <summary>
/// One security-relevant event: who it concerns and who did it, what happened, when, from where, and how it ended.
/// Append-only; ids are time-ordered (UUIDv7), which gives the audit trail its order and its paging cursor.
/// </summary>
public sealed class AuditEvent
{
    private AuditEvent(
        Guid id, DateTimeOffset occurredAt, string type, AuditOutcome outcome, Guid? userId, Guid? actorId, string? email,
        Guid? sessionId, string? ipAddress, string? deviceId, string? appType, string? detail)
    {
        Id = id;
        OccurredAt = occurredAt;
        Type = type;
        Outcome = outcome;
        UserId = userId;
        ActorId = actorId;
        Email = email;
        SessionId = sessionId;
        IpAddress = ipAddress;
        DeviceId = deviceId;
        AppType = appType;
        Detail = detail;
    }

    public Guid Id { get; }

    public DateTimeOffset OccurredAt { get; }

    /// <summary>What happened, one of <see cref="AuditEventType"/>.</summary>
    public string Type { get; }

    public AuditOutcome Outcome { get; }

    /// <summary>The account the event concerns, when known.</summary>
    public Guid? UserId { get; }

    /// <summary>Who acted when it was not the user (an admin, or the command line).</summary>
    public Guid? ActorId { get; }

    /// <summary>The e-mail address a sign-in named, kept also when no account has it.</summary>
    public string? Email { get; }

    public Guid? SessionId { get; }

    public string? IpAddress { get; }

    public string? DeviceId { get; }

    /// <summary>The kind of app the request came from (<c>X-App-Type</c>), when it named a known one.</summary>
    public string? AppType { get; }

    /// <summary>An error code or a short note, never a secret.</summary>
    public string? Detail { get; }

    public static AuditEvent Record(string type, AuditOutcome outcome, AuditContext context, DateTimeOffset now) =>
        new(Guid.CreateVersion7(now), StoredTime.From(now), type, outcome, context.UserId, context.ActorId, context.Email,
            context.SessionId, context.IpAddress, context.DeviceId, context.AppType, context.Detail);
}
