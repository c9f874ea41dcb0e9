using Platform.Application.Identity;
using Platform.Domain.Identity;

namespace Platform.Infrastructure.Identity;

internal sealed class SessionRepository(PlatformDbContext context) : ISessionRepository
{
    public Task<Session?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        context.Set<Session>().SingleOrDefaultAsync(session => session.Id == id, cancellationToken);

    public async Task<IReadOnlyList<Session>> ListActiveByUserAsync(Guid userId, CancellationToken cancellationToken) =>
        await context.Set<Session>()
            .Where(session => session.UserId == userId && session.RevokedAt == null)
            .OrderByDescending(session => session.LastSeenAt)
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<string>> DevicesSignedInBeforeAsync(Guid userId, Guid sessionId, CancellationToken cancellationToken) =>
        await context.Set<Session>()
            .Where(session => session.UserId == userId && session.Id != sessionId)
            .Select(session => session.DeviceId)
            .Distinct()
            .ToListAsync(cancellationToken);

    public Task<int> PurgeEndedAsync(DateTimeOffset endedBefore, DateTimeOffset lastSeenBefore, CancellationToken cancellationToken) =>
        context.Set<Session>()
            .Where(session => session.RevokedAt < endedBefore || session.LastSeenAt < lastSeenBefore)
            .ExecuteDeleteAsync(cancellationToken);

    public void Add(Session session) => context.Set<Session>().Add(session);
}
