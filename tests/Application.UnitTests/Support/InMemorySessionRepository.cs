using Platform.Application.Identity;
using Platform.Domain.Identity;

namespace Platform.Application.UnitTests.Support;

public sealed class InMemorySessionRepository : ISessionRepository
{
    public List<Session> Sessions { get; } = [];

    public Task<Session?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        Task.FromResult(Sessions.Find(session => session.Id == id));

    public Task<IReadOnlyList<Session>> ListActiveByUserAsync(Guid userId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Session>>(Sessions.Where(session => session.UserId == userId && session.IsActive)
            .OrderByDescending(session => session.LastSeenAt).ToList());

    public void Add(Session session) => Sessions.Add(session);

    public Task RevokeNowAsync(Guid sessionId, string reason, DateTimeOffset now, CancellationToken cancellationToken)
    {
        Sessions.Find(session => session.Id == sessionId)?.Revoke(reason, now);
        return Task.CompletedTask;
    }
}
