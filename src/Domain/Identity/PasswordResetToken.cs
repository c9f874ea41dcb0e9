namespace Platform.Domain.Identity;

/// <summary>
/// A single-use permission to set a user's password, mailed as a link. Only the hash of its secret is stored;
/// it expires after a short time and is used up by the reset, or by a later reset with another token.
/// </summary>
public sealed class PasswordResetToken : AggregateRoot
{
    private PasswordResetToken(Guid id, Guid userId, byte[] tokenHash, DateTimeOffset createdAt, DateTimeOffset expiresAt)
    {
        Id = id;
        UserId = userId;
        TokenHash = tokenHash;
        CreatedAt = createdAt;
        ExpiresAt = expiresAt;
    }

    public Guid Id { get; }

    public Guid UserId { get; }

    public byte[] TokenHash { get; }

    public DateTimeOffset CreatedAt { get; }

    public DateTimeOffset ExpiresAt { get; }

    public DateTimeOffset? UsedAt { get; private set; }

    /// <summary>A new token for the user, and the secret to put in the mail.</summary>
    public static (PasswordResetToken Token, string Secret) Issue(Guid userId, DateTimeOffset now, TimeSpan lifetime)
    {
        var secret = OpaqueSecret.Create();
        var createdAt = StoredTime.From(now);
        return (new PasswordResetToken(Guid.CreateVersion7(now), userId, OpaqueSecret.HashOf(secret), createdAt, createdAt.Add(lifetime)), secret);
    }

    public bool IsUsableAt(DateTimeOffset now) => UsedAt is null && now < ExpiresAt;

    /// <summary>Records that the link was refused (expired, used, or its account gone or locked by an administrator).</summary>
    public void RecordRefusedUse() => Raise(new PasswordResetRefused(UserId));

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
