using Platform.Domain.Identity;

namespace Platform.Application.Identity;

/// <summary>Loads and adds sessions; changes are saved by the unit of work unless a method says otherwise.</summary>
public interface ISessionRepository
{
    Task<Session?> FindAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>The user's sessions that have not been revoked, most recently seen first.</summary>
    Task<IReadOnlyList<Session>> ListActiveByUserAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>The devices the user's sessions other than <paramref name="sessionId"/> were started on, ended ones too.</summary>
    Task<IReadOnlyList<string>> DevicesSignedInBeforeAsync(Guid userId, Guid sessionId, CancellationToken cancellationToken);

    /// <summary>Deletes sessions ended before <paramref name="endedBefore"/> or last seen before <paramref name="lastSeenBefore"/>, with their refresh tokens; answers how many.</summary>
    Task<int> PurgeEndedAsync(DateTimeOffset endedBefore, DateTimeOffset lastSeenBefore, CancellationToken cancellationToken);

    void Add(Session session);
}
