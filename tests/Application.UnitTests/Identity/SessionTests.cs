using Platform.Application.Identity;
using Platform.Application.Identity.ListSessions;
using Platform.Application.Identity.Login;
using Platform.Application.Identity.Logout;
using Platform.Application.Identity.LogoutAll;
using Platform.Application.Identity.RefreshSession;
using Platform.Application.Identity.RegisterUser;
using Platform.Application.Identity.RevokeSession;
using Platform.Application.UnitTests.Support;
using Platform.Domain.Identity;

namespace Platform.Application.UnitTests.Identity;

public sealed class SessionTests
{
    private const string Password = "a long enough passphrase";
    private static readonly ClientDevice Phone = new("ios", "2.4.1", "phone-1", "203.0.113.7", "PlatformApp/2.4.1");
    private static readonly ClientDevice Laptop = new("web", "1.0", "laptop-1", "198.51.100.2", "Firefox");

    [Fact]
    public async Task A_refresh_uses_the_token_up_and_answers_the_next_pair_of_the_same_session()
    {
        await using var host = await HostWithAnnAsync();
        var login = await LoginAsync(host, Phone);
        host.Clock.Advance(TimeSpan.FromHours(1));

        var refreshed = await host.SendAsync(new RefreshSessionCommand(login.RefreshToken) { Device = Phone with { AppVersion = "2.5.0" } });

        Assert.Equal(login.SessionId, refreshed.Value.SessionId);
        Assert.NotEqual(login.RefreshToken, refreshed.Value.RefreshToken);
        var session = Assert.Single(host.Repository<InMemorySessionRepository>().Sessions);
        Assert.Equal((host.Clock.GetUtcNow(), "2.5.0"), (session.LastSeenAt, session.AppVersion));
        Assert.Equal(2, host.Repository<InMemoryRefreshTokenRepository>().Tokens.Count);
    }

    [Fact]
    public async Task A_used_refresh_token_presented_again_ends_the_session()
    {
        await using var host = await HostWithAnnAsync();
        var login = await LoginAsync(host, Phone);
        var first = await host.SendAsync(new RefreshSessionCommand(login.RefreshToken) { Device = Phone });
        host.Clock.Advance(TimeSpan.FromSeconds(5));

        var reused = await host.SendAsync(new RefreshSessionCommand(login.RefreshToken) { Device = Phone });
        var next = await host.SendAsync(new RefreshSessionCommand(first.Value.RefreshToken) { Device = Phone });

        Assert.Equal("refresh_token_reused", reused.Error!.Code);
        var session = Assert.Single(host.Repository<InMemorySessionRepository>().Sessions);
        Assert.Equal(SessionRevocationReason.RefreshTokenReuse, session.RevocationReason);
        // A recorded refusal: the revocation and its audit record are saved although the command failed.
        Assert.Contains(host.Repository<InMemoryAuditLog>().Saved, audit => audit.Type == Domain.Audit.AuditEventType.RefreshTokenReuse);
        Assert.Equal("session_revoked", next.Error!.Code);
        Assert.Contains(host.Logs.Collector.GetSnapshot(), record => record.Id.Id == 2100);
    }

    [Fact]
    public async Task A_second_refresh_from_the_same_device_moments_later_lost_a_race_and_ends_nothing()
    {
        await using var host = await HostWithAnnAsync();
        var login = await LoginAsync(host, Phone);
        var first = await host.SendAsync(new RefreshSessionCommand(login.RefreshToken) { Device = Phone });
        host.Clock.Advance(TimeSpan.FromSeconds(4));

        var second = await host.SendAsync(new RefreshSessionCommand(login.RefreshToken) { Device = Phone });
        var fromElsewhere = await host.SendAsync(new RefreshSessionCommand(login.RefreshToken) { Device = Laptop });

        Assert.Equal("refresh_token_superseded", second.Error!.Code);
        Assert.Equal("refresh_token_reused", fromElsewhere.Error!.Code);
        Assert.True(first.IsSuccess);
    }

    [Fact]
    public async Task A_refresh_token_from_another_device_is_refused_and_the_session_lives_on()
    {
        await using var host = await HostWithAnnAsync();
        var login = await LoginAsync(host, Phone);

        var stolen = await host.SendAsync(new RefreshSessionCommand(login.RefreshToken) { Device = Laptop });
        var owner = await host.SendAsync(new RefreshSessionCommand(login.RefreshToken) { Device = Phone });

        Assert.Equal("refresh_token_invalid", stolen.Error!.Code);
        Assert.True(owner.IsSuccess);
    }

    [Fact]
    public async Task An_expired_or_unknown_refresh_token_is_refused()
    {
        await using var host = await HostWithAnnAsync();
        var login = await LoginAsync(host, Phone);
        host.Clock.Advance(TimeSpan.FromDays(30));

        var expired = await host.SendAsync(new RefreshSessionCommand(login.RefreshToken) { Device = Phone });
        var unknown = await host.SendAsync(new RefreshSessionCommand("not-a-token-we-issued") { Device = Phone });

        Assert.Equal("refresh_token_expired", expired.Error!.Code);
        Assert.Equal("refresh_token_invalid", unknown.Error!.Code);
    }

    [Fact]
    public async Task Logout_ends_only_this_session_and_its_refresh_token()
    {
        await using var host = await HostWithAnnAsync();
        var phone = await LoginAsync(host, Phone);
        var laptop = await LoginAsync(host, Laptop);
        var userId = host.Users.Users[0].Id;

        Assert.True((await host.SendAsync(new LogoutCommand(userId, phone.SessionId))).IsSuccess);

        Assert.Equal("session_revoked", (await host.SendAsync(new RefreshSessionCommand(phone.RefreshToken) { Device = Phone })).Error!.Code);
        Assert.True((await host.SendAsync(new RefreshSessionCommand(laptop.RefreshToken) { Device = Laptop })).IsSuccess);
    }

    [Fact]
    public async Task Logout_everywhere_ends_every_session()
    {
        await using var host = await HostWithAnnAsync();
        await LoginAsync(host, Phone);
        await LoginAsync(host, Laptop);

        await host.SendAsync(new LogoutAllCommand(host.Users.Users[0].Id));

        Assert.All(host.Repository<InMemorySessionRepository>().Sessions, session => Assert.Equal(SessionRevocationReason.LogoutAll, session.RevocationReason));
    }

    [Fact]
    public async Task The_sessions_list_marks_the_current_one_and_a_listed_one_can_be_ended()
    {
        await using var host = await HostWithAnnAsync();
        var phone = await LoginAsync(host, Phone);
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        var laptop = await LoginAsync(host, Laptop);
        var userId = host.Users.Users[0].Id;

        var listed = await host.SendAsync(new ListSessionsQuery(userId, phone.SessionId));
        var revoked = await host.SendAsync(new RevokeSessionCommand(userId, laptop.SessionId));
        var after = await host.SendAsync(new ListSessionsQuery(userId, phone.SessionId));

        Assert.Equal([(laptop.SessionId, false), (phone.SessionId, true)], listed.Value.Sessions.Select(session => (session.Id, session.IsCurrent)));
        Assert.Equal(("web", "laptop-1", "198.51.100.2"), (listed.Value.Sessions[0].AppType, listed.Value.Sessions[0].DeviceId, listed.Value.Sessions[0].IpAddress));
        Assert.True(revoked.IsSuccess);
        Assert.Equal([phone.SessionId], after.Value.Sessions.Select(session => session.Id));
    }

    [Fact]
    public async Task Another_users_session_cannot_be_ended()
    {
        await using var host = await HostWithAnnAsync();
        var phone = await LoginAsync(host, Phone);

        var result = await host.SendAsync(new RevokeSessionCommand(Guid.CreateVersion7(), phone.SessionId));

        Assert.Equal("session_not_found", result.Error!.Code);
        Assert.True(host.Repository<InMemorySessionRepository>().Sessions[0].IsActive);
    }

    private static async Task<PipelineHost> HostWithAnnAsync()
    {
        var host = new PipelineHost();
        await host.SendAsync(new RegisterUserCommand("ann@example.com", Password, "Ann"));
        return host;
    }

    private static async Task<AccessTokenResponse> LoginAsync(PipelineHost host, ClientDevice device) =>
        (await host.SendAsync(new LoginCommand("ann@example.com", Password) { Device = device })).Value;
}
