using Platform.Domain.Identity;

namespace Platform.Application.Identity;

public static class SessionRevocations
{
    /// <summary>Ends every active session of the user (but <paramref name="except"/>), saved with the unit of work.</summary>
    public static async Task RevokeAllAsync(
        this ISessionRepository sessions, Guid userId, string reason, DateTimeOffset now, CancellationToken cancellationToken, Guid? except = null)
    {
        foreach (var session in await sessions.ListActiveByUserAsync(userId, cancellationToken))
        {
            if (session.Id != except)
            {
                session.Revoke(reason, now);
            }
        }
    }
}
