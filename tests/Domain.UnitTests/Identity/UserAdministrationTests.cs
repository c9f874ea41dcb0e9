using Platform.Domain.Identity;

namespace Platform.Domain.UnitTests.Identity;

public sealed class UserAdministrationTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Replacing_roles_keeps_a_stable_order_and_answers_what_was_taken_away()
    {
        var user = NewUser();
        user.ReplaceRoles(["admin", "user"], Now);

        var removed = user.ReplaceRoles(["user"], Now.AddMinutes(1));

        Assert.Equal(["admin"], removed.Value);
        Assert.Equal(["user"], user.Roles);
        Assert.Equal(Now.AddMinutes(1), user.UpdatedAt);
    }

    [Fact]
    public void A_user_can_be_made_a_moderator_and_roles_keep_the_order_user_moderator_admin()
    {
        var user = NewUser();

        user.ReplaceRoles(["admin", "moderator", "user"], Now);

        Assert.Equal(["user", "moderator", "admin"], user.Roles);
    }

    [Theory]
    [InlineData("")]
    [InlineData("user,owner")]
    public void Unknown_or_no_roles_are_refused_and_change_nothing(string roles)
    {
        var user = NewUser();

        var result = user.ReplaceRoles(roles.Split(',', StringSplitOptions.RemoveEmptyEntries), Now);

        Assert.Equal("roles_invalid", result.Error!.Code);
        Assert.Equal(["user"], user.Roles);
    }

    [Fact]
    public void A_lock_without_an_end_lasts_until_unlocked()
    {
        var user = NewUser();

        user.LockUntil(null, Now);

        Assert.True(user.IsLockedOutAt(Now.AddYears(100)));
        user.Unlock(Now.AddMinutes(1));
        Assert.False(user.IsLockedOutAt(Now.AddMinutes(1)));
    }

    [Fact]
    public void A_password_reset_lifts_a_wrong_password_lockout_but_not_an_administrators_lock()
    {
        var guessedAt = NewUser();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            guessedAt.RefuseSignIn("wrong_password", Now, new LockoutPolicy(3, TimeSpan.FromMinutes(15)));
        }

        var locked = NewUser();
        locked.LockUntil(null, Now);

        guessedAt.ResetPassword("new-hash", Now.AddMinutes(1));
        locked.ResetPassword("new-hash", Now.AddMinutes(1));

        Assert.False(guessedAt.IsLockedOutAt(Now.AddMinutes(1)));
        Assert.True(locked.IsLockedByAdministratorAt(Now.AddMinutes(1)));
        Assert.False(guessedAt.LockedByAdministrator);
    }

    [Fact]
    public void Deleting_twice_keeps_the_first_time()
    {
        var user = NewUser();

        user.Delete(Now);
        user.Delete(Now.AddDays(1));

        Assert.Equal(Now, user.DeletedAt);
    }

    private static User NewUser() => User.Register(Email.Create("ann@example.com").Value, DisplayName.Create("Ann").Value, "hash", Now);
}
