using Platform.Domain.Audit;

namespace Platform.Application.Audit.Contracts;

/// <summary>Appends audit events and reads them back for administrators.</summary>
public interface IAuditLog
{
    /// <summary>
    /// Adds the event to the unit of work: it is saved with the command's other changes, or not at all; a refusal that
    /// must leave a trace answers a <see cref="RecordedRefusal"/> (ADR 26).
    /// </summary>
    void Add(AuditEvent auditEvent);

    /// <summary>Events newest first, matching the filter, after the cursor event (exclusive), at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<AuditEvent>> FindAsync(AuditFilter filter, Guid? after, int limit, CancellationToken cancellationToken);
}
