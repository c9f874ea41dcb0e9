using Mapster;
using Platform.Domain.Audit;

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
    string? AppType,
    string? Detail);

internal sealed class AuditEventMapping : IRegister
{
    public void Register(TypeAdapterConfig config) =>
        config.NewConfig<AuditEvent, AuditEventResponse>()
            .Map(response => response.Outcome, auditEvent => auditEvent.Outcome == AuditOutcome.Success ? "success" : "failure");
}
