using Mapster;
using Platform.Domain.Audit;

namespace Platform.Application.Audit.ListAuditEvents;

internal sealed class AuditEventMapping : IRegister
{
    public void Register(TypeAdapterConfig config) =>
        config.NewConfig<AuditEvent, AuditEventResponse>()
            .Map(response => response.Outcome, auditEvent => auditEvent.Outcome == AuditOutcome.Success ? "success" : "failure");
}
