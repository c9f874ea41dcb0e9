namespace Platform.Domain.Identity;

/// <summary>
/// One refresh token of a session. Only the SHA-256 hash of the secret is kept; the secret is shown to the
/// client once. A token is used at most once: a refresh marks it used and issues the next one (rotation).
/// </summary>
public sealed class RefreshToken
{
    private RefreshToken(Guid id, Guid sessionId, byte[] tokenHash, DateTimeOffset issuedAt, DateTimeOffset expiresAt)
    {
        Id = id;
        SessionId = sessionId;
        TokenHash = tokenHash;
        IssuedAt = issuedAt;
        ExpiresAt = expiresAt;
    }

    public Guid Id { get; }

    public Guid SessionId { get; }

    public byte[] TokenHash { get; }

    public DateTimeOffset IssuedAt { get; }

    public DateTimeOffset ExpiresAt { get; }

    public DateTimeOffset? UsedAt { get; private set; }

    /// <summary>A new token for the session, and its secret (256 random bits, base64url) to hand to the client.</summary>
    public static (RefreshToken Token, string Secret) Issue(Guid sessionId, DateTimeOffset now, TimeSpan lifetime)
    {
        var secret = OpaqueSecret.Create();
        var issuedAt = StoredTime.From(now);
        return (new RefreshToken(Guid.CreateVersion7(now), sessionId, OpaqueSecret.HashOf(secret), issuedAt, issuedAt.Add(lifetime)), secret);
    }

    public bool IsExpiredAt(DateTimeOffset now) => now >= ExpiresAt;

    /// <summary>Uses the token up; false when it already was. (The database adapter does the same in one atomic UPDATE.)</summary>
    public bool TryUse(DateTimeOffset now)
    {
        if (UsedAt is not null)
        {
            return false;
        }

        UsedAt = StoredTime.From(now);
        return true;
    }
}
