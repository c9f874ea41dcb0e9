using Platform.Application.Audit;
using Platform.Application.Audit.Contracts;
using Platform.Domain.Audit;

namespace Platform.Application.UnitTests.Support;

/// <summary>Keeps pending events apart from saved ones, as the unit of work would: <see cref="Saved"/> is what a failed command left.</summary>
public sealed class InMemoryAuditLog : IAuditLog
{
    private readonly List<AuditEvent> _pending = [];

    public InMemoryAuditLog(FakeUnitOfWork unitOfWork)
    {
        unitOfWork.SaveHooks.Add(Flush);
        unitOfWork.DiscardHooks.Add(_pending.Clear);
    }

    public List<AuditEvent> Saved { get; } = [];

    public void Add(AuditEvent auditEvent)
    {
        _pending.Add(auditEvent);
    }

    public Task<IReadOnlyList<AuditEvent>> FindAsync(AuditFilter filter, Guid? after, int limit, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<AuditEvent>>(Saved
            .Where(auditEvent => (filter.UserId is null || auditEvent.UserId == filter.UserId || auditEvent.ActorId == filter.UserId)
                && (filter.Type is null || auditEvent.Type == filter.Type)
                && (after is null || auditEvent.Id.CompareTo(after.Value) < 0))
            .OrderByDescending(auditEvent => auditEvent.Id)
            .Take(limit)
            .ToList());

    private void Flush()
    {
        Saved.AddRange(_pending);
        _pending.Clear();
    }
}
