namespace Platform.Application.Identity;

/// <summary>
/// Whether a session is still active, answered from a short-lived cache on every authenticated request
/// (<see cref="SessionOptions.StatusCacheDuration"/>), so that a revoked session's access tokens stop working.
/// </summary>
public interface ISessionStatus
{
    Task<bool> IsActiveAsync(Guid sessionId, Guid userId, CancellationToken cancellationToken);
}
