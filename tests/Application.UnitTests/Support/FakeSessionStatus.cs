using Platform.Application.Identity;

namespace Platform.Application.UnitTests.Support;

/// <summary>Answers from the in-memory sessions.</summary>
public sealed class FakeSessionStatus(InMemorySessionRepository sessions) : ISessionStatus
{
    public Task<bool> IsActiveAsync(Guid sessionId, Guid userId, CancellationToken cancellationToken) =>
        Task.FromResult(sessions.Sessions.Exists(session => session.Id == sessionId && session.UserId == userId && session.IsActive));
}
