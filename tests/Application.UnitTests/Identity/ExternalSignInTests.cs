using Platform.Application.Identity.RegisterUser;
using Platform.Application.Identity.SignInExternalUser;
using Platform.Application.UnitTests.Support;

namespace Platform.Application.UnitTests.Identity;

public sealed class ExternalSignInTests
{
    private const string Issuer = "https://sso.example.com/realms/platform";

    [Fact]
    public async Task A_new_identity_with_a_verified_address_gets_an_account_with_an_unknown_password_and_is_found_again()
    {
        await using var host = new PipelineHost();

        var first = await host.SendAsync(new SignInExternalUserCommand(Issuer, "subject-1", "Zoe@Example.com", true, null));
        var again = await host.SendAsync(new SignInExternalUserCommand(Issuer, "subject-1", null, false, null));

        var user = Assert.Single(host.Users.Users);
        Assert.Equal((user.Id, user.Id), (first.Value.UserId, again.Value.UserId));
        Assert.Equal(("zoe@example.com", "zoe"), (user.Email.Value, user.DisplayName.Value));
        Assert.StartsWith("hashed:", user.PasswordHash, StringComparison.Ordinal);
        Assert.Single(host.Repository<InMemoryExternalLoginRepository>().Logins);
    }

    [Fact]
    public async Task A_verified_address_of_an_existing_account_links_to_it()
    {
        await using var host = new PipelineHost();
        await host.SendAsync(new RegisterUserCommand("ann@example.com", "a long enough passphrase", "Ann"));

        var result = await host.SendAsync(new SignInExternalUserCommand(Issuer, "subject-ann", "ann@example.com", true, "Someone Else"));

        var user = Assert.Single(host.Users.Users);
        Assert.Equal(user.Id, result.Value.UserId);
        Assert.Equal("Ann", user.DisplayName.Value);
    }

    [Fact]
    public async Task A_deleted_account_does_not_come_back_through_its_provider_identity()
    {
        await using var host = new PipelineHost();
        await host.SendAsync(new SignInExternalUserCommand(Issuer, "subject-1", "zoe@example.com", true, null));
        host.Users.Users[0].Delete(host.Clock.GetUtcNow());

        var result = await host.SendAsync(new SignInExternalUserCommand(Issuer, "subject-1", "zoe@example.com", true, null));

        Assert.Equal("account_disabled", result.Error!.Code);
        Assert.Single(host.Users.Users);
    }
}
