using Platform.Application.Identity;
using Platform.Domain.Identity;

namespace Platform.Application.UnitTests.Support;

public sealed class InMemorySessionRepository(FakeUnitOfWork unitOfWork) : ISessionRepository
{
    public List<Session> Sessions { get; } = [];

    public Task<Session?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        var session = Sessions.Find(candidate => candidate.Id == id);
        if (session is not null)
        {
            unitOfWork.Track(session);
        }

        return Task.FromResult(session);
    }

    public Task<int> PurgeEndedAsync(DateTimeOffset endedBefore, DateTimeOffset lastSeenBefore, CancellationToken cancellationToken) =>
        Task.FromResult(Sessions.RemoveAll(session => session.RevokedAt < endedBefore || session.LastSeenAt < lastSeenBefore));

    public Task<IReadOnlyList<string>> DevicesSignedInBeforeAsync(Guid userId, Guid sessionId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<string>>([.. Sessions.Where(session => session.UserId == userId && session.Id != sessionId).Select(session => session.DeviceId).Distinct()]);

    public Task<IReadOnlyList<Session>> ListActiveByUserAsync(Guid userId, CancellationToken cancellationToken)
    {
        var active = Sessions.Where(session => session.UserId == userId && session.IsActive).OrderByDescending(session => session.LastSeenAt).ToList();
        active.ForEach(unitOfWork.Track);
        return Task.FromResult<IReadOnlyList<Session>>(active);
    }

    public void Add(Session session)
    {
        unitOfWork.Track(session);
        Sessions.Add(session);
    }
}
