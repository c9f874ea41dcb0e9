using Platform.Application.Identity.Login;
using Platform.Application.Identity.RegisterUser;
using Platform.Application.UnitTests.Support;

namespace Platform.Application.UnitTests.Identity;

public sealed class LoginTests
{
    private const string Password = "a long enough passphrase";

    [Fact]
    public async Task The_right_credentials_in_any_email_case_give_a_token_and_its_lifetime()
    {
        await using var host = await HostWithAnnAsync();

        var result = await host.SendAsync(new LoginCommand("ANN@example.com", Password));

        var user = Assert.Single(host.Users.Users);
        Assert.Equal($"token-for-{user.Id}", result.Value.AccessToken);
        Assert.Equal("Bearer", result.Value.TokenType);
        Assert.Equal(host.Clock.GetUtcNow().AddMinutes(15), result.Value.ExpiresAt);
        Assert.Equal(900, result.Value.ExpiresIn);
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_email_give_the_same_error_after_the_same_work()
    {
        await using var host = await HostWithAnnAsync();

        var wrongPassword = await host.SendAsync(new LoginCommand("ann@example.com", "not the passphrase"));
        var unknownEmail = await host.SendAsync(new LoginCommand("bob@example.com", Password));
        var malformedEmail = await host.SendAsync(new LoginCommand("not-an-email", Password));

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

        var result = await host.SendAsync(new LoginCommand("", ""));

        Assert.Equal(["email", "password"], result.Error!.FieldErrors!.Keys.Order().ToArray());
    }

    private static async Task<PipelineHost> HostWithAnnAsync()
    {
        var host = new PipelineHost();
        await host.SendAsync(new RegisterUserCommand("ann@example.com", Password, "Ann"));
        return host;
    }
}
