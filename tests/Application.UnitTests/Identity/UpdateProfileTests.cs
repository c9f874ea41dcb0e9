using Platform.Application.Identity.GetCurrentUser;
using Platform.Application.Identity.RegisterUser;
using Platform.Application.Identity.UpdateProfile;
using Platform.Application.UnitTests.Support;

namespace Platform.Application.UnitTests.Identity;

public sealed class UpdateProfileTests
{
    [Fact]
    public async Task Only_the_given_fields_change_and_the_cached_profile_follows()
    {
        await using var host = new PipelineHost();
        var ann = (await host.SendAsync(new RegisterUserCommand("ann@example.com", "a long enough passphrase", "Ann"))).Value;
        await host.SendAsync(new GetCurrentUserQuery(ann.Id));
        host.Clock.Advance(TimeSpan.FromMinutes(1));

        var renamed = await host.SendAsync(new UpdateProfileCommand("  Ann Lee ", null, null) { UserId = ann.Id });
        var moved = await host.SendAsync(new UpdateProfileCommand(null, "ru", "Europe/Moscow") { UserId = ann.Id });
        var profile = await host.SendAsync(new GetCurrentUserQuery(ann.Id));

        Assert.Equal(("Ann Lee", "en", "UTC"), (renamed.Value.DisplayName, renamed.Value.Locale, renamed.Value.TimeZone));
        Assert.Equal(("Ann Lee", "ru", "Europe/Moscow"), (moved.Value.DisplayName, moved.Value.Locale, moved.Value.TimeZone));
        Assert.Equal(host.Clock.GetUtcNow(), moved.Value.UpdatedAt);
        Assert.Equal("Ann Lee", profile.Value.DisplayName);
    }

    [Theory]
    [InlineData("", null, null, "displayName")]
    [InlineData(null, "de", null, "locale")]
    [InlineData(null, null, "Mars/Olympus_Mons", "timeZone")]
    public async Task Invalid_fields_are_refused_and_nothing_changes(string? displayName, string? locale, string? timeZone, string field)
    {
        await using var host = new PipelineHost();
        var ann = (await host.SendAsync(new RegisterUserCommand("ann@example.com", "a long enough passphrase", "Ann"))).Value;

        var result = await host.SendAsync(new UpdateProfileCommand(displayName, locale, timeZone) { UserId = ann.Id });

        Assert.Equal("validation_failed", result.Error!.Code);
        Assert.Contains(field, result.Error.FieldErrors!.Keys);
        Assert.Equal(("Ann", "en", "UTC"), (host.Users.Users[0].DisplayName.Value, host.Users.Users[0].Locale, host.Users.Users[0].TimeZone));
    }
}
