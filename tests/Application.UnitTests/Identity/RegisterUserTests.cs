using Platform.Application.Identity.RegisterUser;
using Platform.Application.UnitTests.Support;

namespace Platform.Application.UnitTests.Identity;

public sealed class RegisterUserTests
{
    [Fact]
    public async Task Registering_adds_a_user_with_a_normalised_email_a_trimmed_name_and_a_hashed_password()
    {
        await using var host = new PipelineHost();

        var result = await host.SendAsync(new RegisterUserCommand(" Ann@Example.COM ", "a long enough passphrase", "  Ann  "));

        var user = Assert.Single(host.Users.Users);
        Assert.Equal("ann@example.com", user.Email.Value);
        Assert.Equal("Ann", user.DisplayName.Value);
        Assert.Equal("hashed:a long enough passphrase", user.PasswordHash);
        Assert.Equal(new RegisteredUserResponse(user.Id, "ann@example.com", "Ann", host.Clock.GetUtcNow()), result.Value);
        Assert.Equal(1, host.UnitOfWork.Saves);
    }

    [Fact]
    public async Task An_email_registered_in_another_case_is_a_conflict()
    {
        await using var host = new PipelineHost();
        await host.SendAsync(new RegisterUserCommand("ann@example.com", "a long enough passphrase", "Ann"));

        var second = await host.SendAsync(new RegisterUserCommand("ANN@example.com", "another long passphrase", "Other Ann"));

        Assert.Equal("email_already_registered", second.Error!.Code);
        Assert.Single(host.Users.Users);
    }

    [Theory]
    [InlineData("short", "password")]
    [InlineData("PasswordPassword", "password")]
    [InlineData("a long enough passphrase", "email", "not-an-email")]
    [InlineData("a long enough passphrase", "displayName", "ann@example.com", "   ")]
    public async Task Invalid_input_is_refused_per_field_and_nothing_is_stored(
        string password, string field, string email = "ann@example.com", string displayName = "Ann")
    {
        await using var host = new PipelineHost();

        var result = await host.SendAsync(new RegisterUserCommand(email, password, displayName));

        Assert.Equal("validation_failed", result.Error!.Code);
        Assert.True(result.Error.FieldErrors!.ContainsKey(field), $"expected an error for '{field}'");
        Assert.Empty(host.Users.Users);
    }

    [Fact]
    public async Task A_password_over_128_characters_is_refused_before_it_is_hashed()
    {
        await using var host = new PipelineHost();

        var result = await host.SendAsync(new RegisterUserCommand("ann@example.com", new string('p', 129), "Ann"));

        Assert.True(result.Error!.FieldErrors!.ContainsKey("password"));
        Assert.Empty(host.Users.Users);
    }

    [Fact]
    public void The_command_never_prints_its_password()
    {
        var command = new RegisterUserCommand("ann@example.com", "secret passphrase", "Ann");

        Assert.DoesNotContain("secret passphrase", command.ToString(), StringComparison.Ordinal);
    }
}
