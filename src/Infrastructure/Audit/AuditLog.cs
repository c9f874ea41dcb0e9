using Platform.Application.Audit;
using Platform.Application.Audit.Contracts;
using Platform.Domain.Audit;

namespace Platform.Infrastructure.Audit;

internal sealed class AuditLog(PlatformDbContext context) : IAuditLog
{
    public void Add(AuditEvent auditEvent) => context.Set<AuditEvent>().Add(auditEvent);

    public async Task<IReadOnlyList<AuditEvent>> FindAsync(AuditFilter filter, Guid? after, int limit, CancellationToken cancellationToken)
    {
        var events = context.Set<AuditEvent>().AsNoTracking();
        if (filter.UserId is { } userId)
        {
            events = events.Where(auditEvent => auditEvent.UserId == userId || auditEvent.ActorId == userId);
        }

        if (filter.Type is { } type)
        {
            events = events.Where(auditEvent => auditEvent.Type == type);
        }

        if (filter.From is { } from)
        {
            events = events.Where(auditEvent => auditEvent.OccurredAt >= from);
        }

        if (filter.To is { } to)
        {
            events = events.Where(auditEvent => auditEvent.OccurredAt < to);
        }

        if (after is { } cursor)
        {
            events = events.Where(auditEvent => auditEvent.Id.CompareTo(cursor) < 0);
        }

        return await events.OrderByDescending(auditEvent => auditEvent.Id).Take(limit).ToListAsync(cancellationToken);
    }
}
