using Microsoft.Extensions.DependencyInjection;
using Platform.Application.Audit;
using Platform.Domain.Audit;

namespace Platform.Infrastructure.Audit;

internal sealed class AuditLog(PlatformDbContext context, IServiceScopeFactory scopes) : IAuditLog
{
    public void Add(AuditEvent auditEvent) => context.Set<AuditEvent>().Add(auditEvent);

    /// <summary>Through a context of its own, so that neither the request's pending changes nor its discard touch the event.</summary>
    public async Task AddNowAsync(AuditEvent auditEvent, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var own = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        own.Set<AuditEvent>().Add(auditEvent);
        await own.SaveChangesAsync(cancellationToken);
    }

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
