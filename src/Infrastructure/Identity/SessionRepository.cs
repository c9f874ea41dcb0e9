using Microsoft.Extensions.DependencyInjection;
using Platform.Application.Identity;
using Platform.Domain.Identity;

namespace Platform.Infrastructure.Identity;

internal sealed class SessionRepository(PlatformDbContext context, IServiceScopeFactory scopes) : ISessionRepository
{
    public Task<Session?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        context.Set<Session>().SingleOrDefaultAsync(session => session.Id == id, cancellationToken);

    public async Task<IReadOnlyList<Session>> ListActiveByUserAsync(Guid userId, CancellationToken cancellationToken) =>
        await context.Set<Session>()
            .Where(session => session.UserId == userId && session.RevokedAt == null)
            .OrderByDescending(session => session.LastSeenAt)
            .ToListAsync(cancellationToken);

    public void Add(Session session) => context.Set<Session>().Add(session);

    /// <summary>Through a context of its own, committed at once: neither the command's rollback nor a hang-up undoes it.</summary>
    public async Task RevokeNowAsync(Guid sessionId, string reason, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().Set<Session>()
            .Where(session => session.Id == sessionId && session.RevokedAt == null)
            .ExecuteUpdateAsync(
                update => update.SetProperty(session => session.RevokedAt, now).SetProperty(session => session.RevocationReason, reason),
                CancellationToken.None);
    }
}
