using Platform.Domain.Identity;

namespace Platform.Domain.UnitTests.Identity;

public sealed class SessionTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);
    private static readonly ClientDevice Phone = new("ios", "2.4.1", "phone-1", "203.0.113.7", "PlatformApp/2.4.1");

    [Fact]
    public void A_session_starts_active_on_the_device_that_signed_in()
    {
        var session = Session.Start(Guid.CreateVersion7(), Phone, Now);

        Assert.True(session.IsActive);
        Assert.True(session.BelongsTo(Phone));
        Assert.False(session.BelongsTo(Phone with { DeviceId = "phone-2" }));
        Assert.Equal((Now, Now), (session.CreatedAt, session.LastSeenAt));
    }

    [Fact]
    public void A_revoked_session_keeps_its_first_revocation()
    {
        var session = Session.Start(Guid.CreateVersion7(), Phone, Now);

        session.Revoke(SessionRevocationReason.Logout, Now.AddMinutes(1));
        session.Revoke(SessionRevocationReason.LogoutAll, Now.AddMinutes(2));

        Assert.False(session.IsActive);
        Assert.Equal((Now.AddMinutes(1), SessionRevocationReason.Logout), (session.RevokedAt, session.RevocationReason));
    }

    [Fact]
    public void A_refresh_token_keeps_only_the_hash_of_its_secret_and_is_used_once()
    {
        var (token, secret) = RefreshToken.Issue(Guid.CreateVersion7(), Now, TimeSpan.FromDays(30));

        Assert.Equal(43, secret.Length);
        Assert.Matches("^[A-Za-z0-9_-]+$", secret);
        Assert.Equal(OpaqueSecret.HashOf(secret), token.TokenHash);
        Assert.Equal(Now.AddDays(30), token.ExpiresAt);
        Assert.False(token.IsExpiredAt(Now.AddDays(30).AddTicks(-10)));
        Assert.True(token.IsExpiredAt(Now.AddDays(30)));
        Assert.True(token.TryUse(Now));
        Assert.False(token.TryUse(Now.AddSeconds(1)));
        Assert.Equal(Now, token.UsedAt);
    }

    [Fact]
    public void Two_issued_secrets_differ()
    {
        Assert.NotEqual(RefreshToken.Issue(Guid.Empty, Now, TimeSpan.FromDays(1)).Secret, RefreshToken.Issue(Guid.Empty, Now, TimeSpan.FromDays(1)).Secret);
    }
}
