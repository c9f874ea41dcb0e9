using Platform.Domain.Identity;

namespace Platform.Domain.UnitTests.Identity;

/// <summary>Accounts and sessions record the changes that make cached state stale, and a session's end only once.</summary>
public sealed class IdentityEventTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void An_account_records_profile_role_lock_password_and_deletion_changes()
    {
        var user = User.Register(Email.Create("ann@example.com").Value, DisplayName.Create("Ann").Value, "hash", Now);

        user.UpdateProfile(null, "ru", null, null, Now);
        user.UpdateProfile(null, "xx-not-a-locale", null, null, Now);
        user.ReplaceRoles([Role.User, Role.Admin], Now);
        user.GrantRole(Role.Admin, Now);
        user.LockUntil(null, Now);
        user.Unlock(Now);
        user.ChangePassword("new hash", Now);
        user.Delete(Now);

        Assert.Equal(
            [new UserProfileChanged(user.Id), new UserRolesChanged(user.Id), new UserLocked(user.Id), new UserUnlocked(user.Id),
                new UserPasswordChanged(user.Id), new UserDeleted(user.Id)],
            user.TakeDomainEvents());
    }

    [Fact]
    public void A_session_records_its_end_once_with_the_first_reason()
    {
        var session = Session.Start(Guid.CreateVersion7(), new ClientDevice("ios", "2.4.1", "phone-1", "203.0.113.7", "PlatformApp/2.4.1"), Now);

        session.Revoke(SessionRevocationReason.Logout, Now);
        session.Revoke(SessionRevocationReason.LogoutAll, Now);

        Assert.Equal([new SessionRevoked(session.Id, session.UserId, SessionRevocationReason.Logout)], session.TakeDomainEvents());
    }
}
