using Platform.Domain.Identity;

namespace Platform.Domain.UnitTests.Identity;

public sealed class PasswordResetTokenTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void An_issued_token_stores_only_the_hash_of_its_secret_and_expires_after_its_lifetime()
    {
        var userId = Guid.CreateVersion7();

        var (token, secret) = PasswordResetToken.Issue(userId, Now, TimeSpan.FromMinutes(30));

        Assert.Equal(userId, token.UserId);
        Assert.Equal(OpaqueSecret.HashOf(secret), token.TokenHash);
        Assert.Equal(43, secret.Length);
        Assert.Equal(Now.AddMinutes(30), token.ExpiresAt);
        Assert.True(token.IsUsableAt(Now.AddMinutes(29)));
        Assert.False(token.IsUsableAt(Now.AddMinutes(30)));
    }

    [Fact]
    public void Two_tokens_never_share_a_secret()
    {
        var first = PasswordResetToken.Issue(Guid.CreateVersion7(), Now, TimeSpan.FromMinutes(30)).Secret;
        var second = PasswordResetToken.Issue(Guid.CreateVersion7(), Now, TimeSpan.FromMinutes(30)).Secret;

        Assert.NotEqual(first, second);
    }

    [Fact]
    public void A_token_is_used_once()
    {
        var (token, _) = PasswordResetToken.Issue(Guid.CreateVersion7(), Now, TimeSpan.FromMinutes(30));

        Assert.True(token.TryUse(Now.AddMinutes(1)));
        Assert.False(token.TryUse(Now.AddMinutes(2)));
        Assert.Equal(Now.AddMinutes(1), token.UsedAt);
        Assert.False(token.IsUsableAt(Now.AddMinutes(3)));
    }
}
