namespace Platform.Application.Identity;

/// <summary>How long sessions live (configuration section <c>Sessions</c>).</summary>
public sealed class SessionOptions
{
    public const string SectionName = "Sessions";

    /// <summary>A refresh token's lifetime; each refresh issues a new one, so an active device stays signed in.</summary>
    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(30);

    /// <summary>
    /// A used refresh token presented again from the session's own device within this time is a concurrent refresh
    /// that lost the race (answered <c>refresh_token_superseded</c>), not a theft; it never buys tokens either way.
    /// </summary>
    public TimeSpan ConcurrentRefreshWindow { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a session's state may be served from the cache: a revoked session's access tokens stop within this time.</summary>
    public TimeSpan StatusCacheDuration { get; set; } = TimeSpan.FromSeconds(5);
}
