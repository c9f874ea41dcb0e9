using Platform.Application.Audit.ListAuditEvents;
using Platform.Application.Identity.GrantRole;
using Platform.Application.Identity.Login;
using Platform.Application.Identity.Logout;
using Platform.Application.Identity.RefreshSession;
using Platform.Application.Identity.RegisterUser;
using Platform.Application.UnitTests.Support;
using Platform.Domain.Audit;
using Platform.Domain.Identity;

namespace Platform.Application.UnitTests.Identity;

public sealed class AuditTests
{
    private const string Password = "a long enough passphrase";
    private static readonly ClientDevice Phone = new("ios", "2.4.1", "phone-1", "203.0.113.7", "PlatformApp/2.4.1");

    [Fact]
    public async Task A_successful_login_is_audited_with_its_session_device_and_address()
    {
        await using var host = await HostWithAnnAsync();

        var login = await host.SendAsync(new LoginCommand("ann@example.com", Password) { Device = Phone });

        var audited = Assert.Single(Saved(host));
        Assert.Equal((AuditEventType.Login, AuditOutcome.Success), (audited.Type, audited.Outcome));
        Assert.Equal((host.Users.Users[0].Id, login.Value.SessionId), (audited.UserId!.Value, audited.SessionId!.Value));
        Assert.Equal(("phone-1", "203.0.113.7"), (audited.DeviceId, audited.IpAddress));
    }

    [Theory]
    [InlineData("ann@example.com", "not the passphrase", "wrong_password")]
    [InlineData("nobody@example.com", Password, "unknown_account")]
    public async Task A_refused_login_is_audited_although_the_command_fails(string email, string password, string detail)
    {
        await using var host = await HostWithAnnAsync();

        await host.SendAsync(new LoginCommand(email, password) { Device = Phone });

        var audited = Assert.Single(Saved(host));
        Assert.Equal((AuditOutcome.Failure, detail, email), (audited.Outcome, audited.Detail, audited.Email));
    }

    [Fact]
    public async Task A_reused_refresh_token_and_a_logout_are_audited()
    {
        await using var host = await HostWithAnnAsync();
        var login = await host.SendAsync(new LoginCommand("ann@example.com", Password) { Device = Phone });
        var refreshed = await host.SendAsync(new RefreshSessionCommand(login.Value.RefreshToken) { Device = Phone });
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        await host.SendAsync(new RefreshSessionCommand(login.Value.RefreshToken) { Device = Phone });

        await using var second = await HostWithAnnAsync();
        var other = await second.SendAsync(new LoginCommand("ann@example.com", Password) { Device = Phone });
        await second.SendAsync(new LogoutCommand(second.Users.Users[0].Id, other.Value.SessionId));

        Assert.True(refreshed.IsSuccess);
        Assert.Contains(Saved(host), audited => audited is { Type: AuditEventType.RefreshTokenReuse, Outcome: AuditOutcome.Failure });
        Assert.Contains(Saved(second), audited => audited.Type == AuditEventType.Logout && audited.SessionId == other.Value.SessionId);
    }

    [Fact]
    public async Task Granting_a_role_changes_the_user_and_is_audited_once()
    {
        await using var host = await HostWithAnnAsync();

        var granted = await host.SendAsync(new GrantRoleCommand("ann@example.com", Role.Admin));
        var again = await host.SendAsync(new GrantRoleCommand("ann@example.com", Role.Admin));
        var unknown = await host.SendAsync(new GrantRoleCommand("nobody@example.com", Role.Admin));
        var invalid = await host.SendAsync(new GrantRoleCommand("ann@example.com", "superuser"));

        Assert.True(granted.IsSuccess && again.IsSuccess);
        Assert.Equal([Role.User, Role.Admin], host.Users.Users[0].Roles);
        Assert.Single(Saved(host), audited => audited is { Type: AuditEventType.RoleGranted, Detail: Role.Admin });
        Assert.Equal("user_not_found", unknown.Error!.Code);
        Assert.Equal("validation_failed", invalid.Error!.Code);
    }

    [Fact]
    public async Task The_audit_trail_pages_newest_first_with_a_cursor()
    {
        await using var host = await HostWithAnnAsync();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            host.Clock.Advance(TimeSpan.FromSeconds(1));
            await host.SendAsync(new LoginCommand("ann@example.com", Password) { Device = Phone });
        }

        var first = await host.SendAsync(new ListAuditEventsQuery(null, AuditEventType.Login, null, null, null, Limit: 2));
        var second = await host.SendAsync(new ListAuditEventsQuery(null, AuditEventType.Login, null, null, first.Value.NextCursor, Limit: 2));

        var all = Saved(host).OrderByDescending(audited => audited.Id).Select(audited => audited.Id).ToList();
        Assert.Equal(all.Take(2), first.Value.Items.Select(item => item.Id));
        Assert.Equal(all.Skip(2), second.Value.Items.Select(item => item.Id));
        Assert.Null(second.Value.NextCursor);
        Assert.Equal("success", first.Value.Items[0].Outcome);
    }

    [Theory]
    [InlineData("not-a-type", null, 50)]
    [InlineData(null, "not-a-cursor", 50)]
    [InlineData(null, null, 0)]
    [InlineData(null, null, 201)]
    public async Task Bad_audit_filters_are_refused(string? type, string? cursor, int limit)
    {
        await using var host = new PipelineHost();

        var result = await host.SendAsync(new ListAuditEventsQuery(null, type, null, null, cursor, limit));

        Assert.Equal("validation_failed", result.Error!.Code);
    }

    private static List<AuditEvent> Saved(PipelineHost host) => host.Repository<InMemoryAuditLog>().Saved;

    private static async Task<PipelineHost> HostWithAnnAsync()
    {
        var host = new PipelineHost();
        await host.SendAsync(new RegisterUserCommand("ann@example.com", Password, "Ann"));
        return host;
    }
}
