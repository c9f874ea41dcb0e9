using Platform.Domain.Identity;

namespace Platform.Domain.UnitTests.Identity;

public sealed class UserPasswordTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);
    private static readonly LockoutPolicy ThreeStrikes = new(3, TimeSpan.FromMinutes(15));

    [Fact]
    public void The_failure_that_reaches_the_limit_locks_the_account_for_the_policy_duration()
    {
        var user = NewUser();

        user.RefuseSignIn("wrong_password", Now, ThreeStrikes);
        user.RefuseSignIn("wrong_password", Now, ThreeStrikes);
        Assert.False(user.IsLockedOutAt(Now));
        user.RefuseSignIn("wrong_password", Now, ThreeStrikes);

        Assert.True(user.IsLockedOutAt(Now.AddMinutes(14)));
        Assert.False(user.IsLockedOutAt(Now.AddMinutes(15)));
    }

    [Fact]
    public void Failures_while_locked_do_not_extend_the_lockout()
    {
        var user = LockedUser();

        user.RefuseSignIn("wrong_password", Now.AddMinutes(10), ThreeStrikes);

        Assert.Equal(Now.AddMinutes(15), user.LockedUntil);
        Assert.Equal(0, user.FailedLoginCount);
    }

    [Fact]
    public void A_reset_sets_the_password_and_lifts_the_lockout()
    {
        var user = LockedUser();

        user.ResetPassword("new-hash", Now.AddMinutes(1));

        Assert.Equal("new-hash", user.PasswordHash);
        Assert.False(user.IsLockedOutAt(Now.AddMinutes(1)));
        Assert.Equal(Now.AddMinutes(1), user.UpdatedAt);
    }

    [Fact]
    public void A_change_sets_the_password_but_leaves_a_lockout_alone()
    {
        var user = LockedUser();

        user.ChangePassword("new-hash", Now.AddMinutes(1));

        Assert.Equal("new-hash", user.PasswordHash);
        Assert.True(user.IsLockedOutAt(Now.AddMinutes(1)));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void A_password_cannot_be_changed_to_an_empty_hash(string hash)
    {
        Assert.Throws<ArgumentException>(() => NewUser().ChangePassword(hash, Now));
    }

    private static User NewUser() => User.Register(Email.Create("ann@example.com").Value, DisplayName.Create("Ann").Value, "hash", Now);

    private static User LockedUser()
    {
        var user = NewUser();
        for (var attempt = 0; attempt < ThreeStrikes.MaxFailedAttempts; attempt++)
        {
            user.RefuseSignIn("wrong_password", Now, ThreeStrikes);
        }

        return user;
    }
}
