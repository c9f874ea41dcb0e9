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
        var until = Now.AddDays(1);

        user.UpdateProfile(null, "ru", null, null, Now);
        user.UpdateProfile(null, "xx-not-a-locale", null, null, Now);
        user.ReplaceRoles([Role.User, Role.Admin], Now);
        user.GrantRole(Role.Admin, Now);
        user.GrantRole(Role.Admin, Now);
        user.LockUntil(until, Now);
        user.Unlock(Now);
        user.ChangePassword("new hash", Now);
        user.ResetPassword("newer hash", Now);
        user.Delete(Now);

        var events = user.TakeDomainEvents();
        Assert.Equal(
            [typeof(UserProfileChanged), typeof(UserRolesChanged), typeof(UserLocked), typeof(UserUnlocked), typeof(UserPasswordChanged),
                typeof(UserPasswordReset), typeof(UserDeleted)],
            events.Select(domainEvent => domainEvent.GetType()));
        Assert.All(events, domainEvent => Assert.Equal(user.Id, Assert.IsAssignableFrom<UserEvent>(domainEvent).UserId));
        Assert.Equal([Role.Admin, Role.User], Assert.IsType<UserRolesChanged>(events[1]).Roles.Order());
        Assert.Equal(until, Assert.IsType<UserLocked>(events[2]).Until);
    }

    [Fact]
    public void Granting_a_role_records_which_one_once()
    {
        var user = User.Register(Email.Create("ann@example.com").Value, DisplayName.Create("Ann").Value, "hash", Now);

        user.GrantRole(Role.Admin, Now);
        user.GrantRole(Role.Admin, Now);

        Assert.Equal([new RoleGranted(user.Id, Role.Admin)], user.TakeDomainEvents());
    }

    [Fact]
    public void An_account_an_administrator_creates_records_its_creation_only()
    {
        var created = User.Create(
            Email.Create("bob@example.com").Value, DisplayName.Create("Bob").Value, "hash", [Role.Admin, Role.User], "ru", "Europe/Moscow", Now).Value;

        var recorded = Assert.IsType<UserCreated>(Assert.Single(created.TakeDomainEvents()));
        Assert.Equal([Role.User, Role.Admin], recorded.Roles);
    }

    [Fact]
    public void Sign_ins_and_their_refusals_are_recorded_with_the_address_and_the_device()
    {
        var user = User.Register(Email.Create("ann@example.com").Value, DisplayName.Create("Ann").Value, "hash", Now);

        user.RefuseSignIn("wrong_password", Now, new LockoutPolicy(5, TimeSpan.FromMinutes(15)));
        var session = user.SignIn(new ClientDevice("ios", "2.4.1", "phone-1", "203.0.113.7", "PlatformApp/2.4.1"), Now);

        Assert.Equal(
            [new SignInRefused(user.Id, "ann@example.com", "wrong_password"), new UserSignedIn(user.Id, "ann@example.com", session.Id, "phone-1", "203.0.113.7")],
            user.TakeDomainEvents());
        Assert.Equal(user.Id, session.UserId);
    }

    [Fact]
    public void A_session_records_its_end_once_with_the_first_reason()
    {
        var session = Session.Start(Guid.CreateVersion7(), new ClientDevice("ios", "2.4.1", "phone-1", "203.0.113.7", "PlatformApp/2.4.1"), Now);

        session.Revoke(SessionRevocationReason.Logout, Now);
        session.Revoke(SessionRevocationReason.LogoutAll, Now);

        Assert.Equal([new SessionRevoked(session.Id, session.UserId, SessionRevocationReason.Logout, "phone-1")], session.TakeDomainEvents());
    }
}
