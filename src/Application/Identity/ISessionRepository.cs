using Platform.Domain.Identity;

namespace Platform.Application.Identity;

/// <summary>Loads and adds sessions; changes are saved by the unit of work unless a method says otherwise.</summary>
public interface ISessionRepository
{
    Task<Session?> FindAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>The user's sessions that have not been revoked, most recently seen first.</summary>
    Task<IReadOnlyList<Session>> ListActiveByUserAsync(Guid userId, CancellationToken cancellationToken);

    void Add(Session session);

    /// <summary>
    /// Ends the session at once and for good, committed on its own, so that it stays ended although the command that
    /// found the reason (a reused refresh token) fails, and whether or not the caller is still there.
    /// </summary>
    Task RevokeNowAsync(Guid sessionId, string reason, DateTimeOffset now, CancellationToken cancellationToken);
}
