using System.Security.Cryptography;
using Platform.Domain.Common;

namespace Platform.Domain.Identity;

/// <summary>
/// One refresh token of a session. Only the SHA-256 hash of the secret is kept; the secret is shown to the
/// client once. A token is used at most once: a refresh marks it used and issues the next one (rotation).
/// </summary>
public sealed class RefreshToken
{
    private const int SecretBytes = 32;

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
        var secret = Base64Url(RandomNumberGenerator.GetBytes(SecretBytes));
        var issuedAt = StoredTime.From(now);
        return (new RefreshToken(Guid.CreateVersion7(now), sessionId, HashOf(secret), issuedAt, issuedAt.Add(lifetime)), secret);
    }

    public static byte[] HashOf(string secret) => SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(secret));

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

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
