using Platform.Application.Identity.Login;
using Platform.Application.Identity.RegisterUser;
using Platform.Application.UnitTests.Support;
using Platform.Domain.Identity;

namespace Platform.Application.UnitTests.Identity;

public sealed class LoginTests
{
    private const string Password = "a long enough passphrase";

    public static readonly ClientDevice Phone = new("ios", "2.4.1", "phone-1", "203.0.113.7", "PlatformApp/2.4.1");

    [Fact]
    public async Task The_right_credentials_in_any_email_case_give_a_token_and_its_lifetime()
    {
        await using var host = await HostWithAnnAsync();

        var result = await host.SendAsync(new LoginCommand("ANN@example.com", Password) { Device = Phone });

        var user = Assert.Single(host.Users.Users);
        var session = Assert.Single(host.Repository<InMemorySessionRepository>().Sessions);
        Assert.Equal($"token-for-{user.Id}-{session.Id}", result.Value.AccessToken);
        Assert.Equal(session.Id, result.Value.SessionId);
        Assert.Equal((user.Id, "ios", "2.4.1", "phone-1"), (session.UserId, session.AppType, session.AppVersion, session.DeviceId));
        Assert.Equal(43, result.Value.RefreshToken.Length);
        Assert.Equal(host.Clock.GetUtcNow().AddDays(30), result.Value.RefreshTokenExpiresAt);
        Assert.Equal("Bearer", result.Value.TokenType);
        Assert.Equal(host.Clock.GetUtcNow().AddMinutes(15), result.Value.ExpiresAt);
        Assert.Equal(900, result.Value.ExpiresIn);
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_email_give_the_same_error_after_the_same_work()
    {
        await using var host = await HostWithAnnAsync();

        var wrongPassword = await host.SendAsync(new LoginCommand("ann@example.com", "not the passphrase") { Device = Phone });
        var unknownEmail = await host.SendAsync(new LoginCommand("bob@example.com", Password) { Device = Phone });
        var malformedEmail = await host.SendAsync(new LoginCommand("not-an-email", Password) { Device = Phone });

        Assert.Equal(wrongPassword.Error, unknownEmail.Error);
        Assert.Equal(wrongPassword.Error, malformedEmail.Error);
        Assert.Equal("invalid_credentials", wrongPassword.Error!.Code);
        // Every attempt ran the KDF once: against the stored hash, or against the dummy hash (null here).
        Assert.Equal(new string?[] { $"hashed:{Password}", null, null }, host.PasswordHasher.VerifiedHashes);
    }

    [Fact]
    public async Task Empty_credentials_are_a_validation_error()
    {
        await using var host = new PipelineHost();

        var result = await host.SendAsync(new LoginCommand("", "") { Device = Phone });

        Assert.Equal(["email", "password"], result.Error!.FieldErrors!.Keys.Order().ToArray());
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_and_the_right_one_is_refused_alike_until_the_lockout_ends()
    {
        await using var host = await HostWithAnnAsync();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await host.SendAsync(new LoginCommand("ann@example.com", "not the passphrase") { Device = Phone });
        }

        var whileLocked = await host.SendAsync(new LoginCommand("ann@example.com", Password) { Device = Phone });
        host.Clock.Advance(TimeSpan.FromMinutes(15));
        var afterwards = await host.SendAsync(new LoginCommand("ann@example.com", Password) { Device = Phone });

        Assert.Equal("invalid_credentials", whileLocked.Error!.Code);
        Assert.True(afterwards.IsSuccess);
        Assert.Equal((0, (DateTimeOffset?)null), (host.Users.Users[0].FailedLoginCount, host.Users.Users[0].LockedUntil));
    }

    [Fact]
    public async Task A_wrong_password_is_counted_and_saved_although_the_login_fails()
    {
        await using var host = await HostWithAnnAsync();
        var savesBefore = host.UnitOfWork.Saves;

        await host.SendAsync(new LoginCommand("ann@example.com", "not the passphrase") { Device = Phone });

        Assert.Equal(1, host.Users.Users[0].FailedLoginCount);
        Assert.Equal(savesBefore + 1, host.UnitOfWork.Saves);
    }

    [Fact]
    public async Task A_successful_login_forgets_earlier_wrong_passwords()
    {
        await using var host = await HostWithAnnAsync();
        for (var attempt = 0; attempt < 4; attempt++)
        {
            await host.SendAsync(new LoginCommand("ann@example.com", "not the passphrase") { Device = Phone });
        }

        await host.SendAsync(new LoginCommand("ann@example.com", Password) { Device = Phone });
        await host.SendAsync(new LoginCommand("ann@example.com", "not the passphrase") { Device = Phone });

        Assert.Equal(1, host.Users.Users[0].FailedLoginCount);
        Assert.Null(host.Users.Users[0].LockedUntil);
    }

    private static async Task<PipelineHost> HostWithAnnAsync()
    {
        var host = new PipelineHost();
        await host.SendAsync(new RegisterUserCommand("ann@example.com", Password, "Ann"));
        return host;
    }
}
