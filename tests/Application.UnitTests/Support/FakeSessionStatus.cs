using Platform.Application.Identity;

namespace Platform.Application.UnitTests.Support;

/// <summary>Answers from the in-memory sessions and records which sessions were forgotten.</summary>
public sealed class FakeSessionStatus(InMemorySessionRepository sessions) : ISessionStatus
{
    public List<Guid> Forgotten { get; } = [];

    public Task<bool> IsActiveAsync(Guid sessionId, Guid userId, CancellationToken cancellationToken) =>
        Task.FromResult(sessions.Sessions.Exists(session => session.Id == sessionId && session.UserId == userId && session.IsActive));

    public Task ForgetAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        Forgotten.Add(sessionId);
        return Task.CompletedTask;
    }
}
