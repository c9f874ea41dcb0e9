using Platform.Domain.Audit;

namespace Platform.Application.Audit;

/// <summary>Appends audit events and reads them back for administrators.</summary>
public interface IAuditLog
{
    /// <summary>Adds the event to the unit of work: it is saved with the command's other changes, or not at all.</summary>
    void Add(AuditEvent auditEvent);

    /// <summary>Saves the event at once, outside the unit of work, for failures that must leave a trace.</summary>
    Task AddNowAsync(AuditEvent auditEvent, CancellationToken cancellationToken);

    /// <summary>Events newest first, matching the filter, after the cursor event (exclusive), at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<AuditEvent>> FindAsync(AuditFilter filter, Guid? after, int limit, CancellationToken cancellationToken);
}
