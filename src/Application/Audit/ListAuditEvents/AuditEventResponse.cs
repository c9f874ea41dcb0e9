namespace Platform.Application.Audit.ListAuditEvents;

/// <summary>One audit event as administrators see it.</summary>
public sealed record AuditEventResponse(
    Guid Id,
    DateTimeOffset OccurredAt,
    string Type,
    string Outcome,
    Guid? UserId,
    Guid? ActorId,
    string? Email,
    Guid? SessionId,
    string? IpAddress,
    string? DeviceId,
    string? Detail);
