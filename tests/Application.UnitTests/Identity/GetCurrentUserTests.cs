using Platform.Application.Identity.GetCurrentUser;
using Platform.Application.Identity.GetCurrentUserV2;
using Platform.Application.Identity.RegisterUser;
using Platform.Application.UnitTests.Support;

namespace Platform.Application.UnitTests.Identity;

public sealed class GetCurrentUserTests
{
    [Fact]
    public async Task The_v1_profile_has_id_email_and_display_name()
    {
        await using var host = new PipelineHost();
        var registered = await host.SendAsync(new RegisterUserCommand("ann@example.com", "a long enough passphrase", "Ann"));

        var profile = await host.SendAsync(new GetCurrentUserQuery(registered.Value.Id));

        Assert.Equal(new CurrentUserResponse(registered.Value.Id, "ann@example.com", "Ann"), profile.Value);
    }

    [Fact]
    public async Task The_v2_profile_adds_roles_and_timestamps()
    {
        await using var host = new PipelineHost();
        var registered = await host.SendAsync(new RegisterUserCommand("ann@example.com", "a long enough passphrase", "Ann"));

        var profile = await host.SendAsync(new GetCurrentUserV2Query(registered.Value.Id));

        Assert.Equal(["user"], profile.Value.Roles);
        Assert.Equal(host.Clock.GetUtcNow(), profile.Value.CreatedAt);
        Assert.Equal(host.Clock.GetUtcNow(), profile.Value.UpdatedAt);
    }

    [Fact]
    public async Task A_user_that_no_longer_exists_is_not_found()
    {
        await using var host = new PipelineHost();

        var profile = await host.SendAsync(new GetCurrentUserQuery(Guid.CreateVersion7()));

        Assert.Equal("user_not_found", profile.Error!.Code);
    }
}
