using Platform.Application.Identity.Contracts;
using Platform.Application.Identity.ChangePassword;
using Platform.Application.Identity.ForgotPassword;
using Platform.Application.Identity.Login;
using Platform.Application.Identity.RegisterUser;
using Platform.Application.Identity.ResetPassword;
using Platform.Application.UnitTests.Support;
using Platform.Domain.Audit;
using Platform.Domain.Common;
using Platform.Domain.Identity;

namespace Platform.Application.UnitTests.Identity;

public sealed class PasswordTests
{
    private const string Password = "a long enough passphrase";
    private const string NewPassword = "another long passphrase";
    private static readonly ClientDevice Phone = new("ios", "2.4.1", "phone-1", "203.0.113.7", "PlatformApp/2.4.1");

    [Fact]
    public async Task A_known_address_gets_one_mail_with_a_link_whose_token_is_stored_only_as_a_hash()
    {
        await using var host = await HostWithAnnAsync();

        var result = await RequestResetAsync(host, new ForgotPasswordCommand("ANN@example.com") { Locale = "en", IpAddress = "192.0.2.10" });

        Assert.Equal(ForgotPasswordResponse.Accepted, result.Value);
        var mail = Assert.Single(host.Repository<InMemoryOutbox>().Mails);
        var token = Assert.Single(host.Repository<InMemoryPasswordResetTokenRepository>().Tokens);
        var secret = mail.TextBody.Split("token=")[1].Split('\n')[0];
        Assert.Equal(OpaqueSecret.HashOf(secret), token.TokenHash);
        Assert.Equal(("ann@example.com", "Reset your password"), (mail.To, mail.Subject));
        Assert.Contains($"href=\"https://app.example.test/reset?token={secret}\"", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Equal(host.Clock.GetUtcNow().AddMinutes(30), token.ExpiresAt);
    }

    [Fact]
    public async Task An_unknown_address_gets_the_same_answer_no_mail_and_an_audit_entry()
    {
        await using var host = await HostWithAnnAsync();

        var result = await RequestResetAsync(host, new ForgotPasswordCommand("bob@example.com") { IpAddress = "192.0.2.10" });

        Assert.Equal(ForgotPasswordResponse.Accepted, result.Value);
        Assert.Empty(host.Repository<InMemoryOutbox>().Mails);
        var entry = Assert.Single(host.Repository<InMemoryAuditLog>().Saved, entry => entry.Type == AuditEventType.PasswordResetRequested);
        Assert.Equal((AuditOutcome.Failure, "unknown_account", "bob@example.com"), (entry.Outcome, entry.Detail, entry.Email));
    }

    [Fact]
    public async Task The_mail_is_russian_for_ru_and_html_encodes_the_name()
    {
        await using var host = new PipelineHost();
        await host.SendAsync(new RegisterUserCommand("ann@example.com", Password, "Ann <b>"));

        await RequestResetAsync(host, new ForgotPasswordCommand("ann@example.com") { Locale = "ru", IpAddress = "192.0.2.10" });

        var mail = Assert.Single(host.Repository<InMemoryOutbox>().Mails);
        Assert.Equal("Сброс пароля", mail.Subject);
        Assert.Contains("Здравствуйте, Ann <b>!", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Здравствуйте, Ann &lt;b&gt;!", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("lang=\"ru\"", mail.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reset_sets_the_password_ends_every_session_and_uses_up_every_token()
    {
        await using var host = await HostWithAnnAsync();
        await host.SendAsync(new LoginCommand("ann@example.com", Password) { Device = Phone });
        var older = await ForgotAsync(host);
        var newer = await ForgotAsync(host);

        var result = await host.SendAsync(new ResetPasswordCommand(newer, NewPassword));

        Assert.True(result.IsSuccess);
        Assert.Equal($"hashed:{NewPassword}", host.Users.Users[0].PasswordHash);
        Assert.All(host.Repository<InMemorySessionRepository>().Sessions, session => Assert.Equal(SessionRevocationReason.PasswordReset, session.RevocationReason));
        Assert.All(host.Repository<InMemoryPasswordResetTokenRepository>().Tokens, token => Assert.NotNull(token.UsedAt));
        Assert.Equal("password_reset_token_invalid", (await host.SendAsync(new ResetPasswordCommand(older, NewPassword))).Error!.Code);
    }

    [Fact]
    public async Task An_expired_token_changes_nothing()
    {
        await using var host = await HostWithAnnAsync();
        var token = await ForgotAsync(host);
        host.Clock.Advance(TimeSpan.FromMinutes(30));

        var result = await host.SendAsync(new ResetPasswordCommand(token, NewPassword));

        Assert.Equal("password_reset_token_invalid", result.Error!.Code);
        Assert.Equal($"hashed:{Password}", host.Users.Users[0].PasswordHash);
        Assert.Null(Assert.Single(host.Repository<InMemoryPasswordResetTokenRepository>().Tokens).UsedAt);
    }

    [Fact]
    public async Task A_change_keeps_the_callers_session_and_ends_the_others()
    {
        await using var host = await HostWithAnnAsync();
        var phone = await host.SendAsync(new LoginCommand("ann@example.com", Password) { Device = Phone });
        var laptop = await host.SendAsync(new LoginCommand("ann@example.com", Password) { Device = Phone with { DeviceId = "laptop-1" } });
        var userId = host.Users.Users[0].Id;

        var result = await host.SendAsync(new ChangePasswordCommand(Password, NewPassword) { UserId = userId, SessionId = laptop.Value.SessionId });

        Assert.True(result.IsSuccess);
        var sessions = host.Repository<InMemorySessionRepository>().Sessions;
        Assert.True(sessions.Single(session => session.Id == laptop.Value.SessionId).IsActive);
        Assert.Equal(SessionRevocationReason.PasswordChanged, sessions.Single(session => session.Id == phone.Value.SessionId).RevocationReason);
        Assert.Equal($"hashed:{NewPassword}", host.Users.Users[0].PasswordHash);
        // The committed events become their outbox messages: the change, and the phone's session it ended.
        var queued = host.Repository<InMemoryOutbox>().Queued;
        Assert.Equal(new PasswordChangedV1(userId), Assert.Single(queued.OfType<PasswordChangedV1>()));
        Assert.Equal(phone.Value.SessionId, Assert.Single(queued.OfType<SessionRevokedV1>()).SessionId);
    }

    [Fact]
    public async Task A_wrong_current_password_changes_nothing_but_leaves_an_audit_entry()
    {
        await using var host = await HostWithAnnAsync();
        var userId = host.Users.Users[0].Id;

        var result = await host.SendAsync(new ChangePasswordCommand("not the passphrase", NewPassword) { UserId = userId, SessionId = Guid.CreateVersion7() });

        Assert.Equal("password_incorrect", result.Error!.Code);
        Assert.Equal($"hashed:{Password}", host.Users.Users[0].PasswordHash);
        var entry = Assert.Single(host.Repository<InMemoryAuditLog>().Saved, entry => entry.Type == AuditEventType.PasswordChanged);
        Assert.Equal(AuditOutcome.Failure, entry.Outcome);
        Assert.Empty(host.Repository<InMemoryOutbox>().Queued.OfType<PasswordChangedV1>());
    }

    [Fact]
    public async Task A_request_only_stores_what_was_asked_whether_or_not_the_account_exists()
    {
        await using var host = await HostWithAnnAsync();

        await host.SendAsync(new ForgotPasswordCommand("ann@example.com") { IpAddress = "192.0.2.10" });
        await host.SendAsync(new ForgotPasswordCommand("bob@example.com") { Locale = "ru", IpAddress = "192.0.2.10" });

        var requests = host.Repository<InMemoryPasswordResetRequestRepository>().Requests;
        Assert.Equal([("ann@example.com", null), ("bob@example.com", "ru")], requests.Select(request => (request.Email, request.Locale)));
        Assert.Empty(host.Repository<InMemoryPasswordResetTokenRepository>().Tokens);
        Assert.Empty(host.Repository<InMemoryOutbox>().Mails);
    }

    [Fact]
    public async Task A_request_is_answered_once()
    {
        await using var host = await HostWithAnnAsync();
        await host.SendAsync(new ForgotPasswordCommand("ann@example.com") { IpAddress = "192.0.2.10" });
        var requested = Assert.Single(host.Repository<InMemoryOutbox>().Queued.OfType<PasswordResetRequestedV1>());
        Assert.Equal(host.Repository<InMemoryPasswordResetRequestRepository>().Requests[0].Id, requested.RequestId);

        await host.DeliverAsync(requested);
        await host.DeliverAsync(requested);

        Assert.Single(host.Repository<InMemoryOutbox>().Mails);
        Assert.Empty(host.Repository<InMemoryPasswordResetRequestRepository>().Requests);
    }

    /// <summary>Stores the request and answers it, as the outbox relay does once the request committed.</summary>
    private static async Task<Result<ForgotPasswordResponse>> RequestResetAsync(PipelineHost host, ForgotPasswordCommand command)
    {
        var outbox = host.Repository<InMemoryOutbox>();
        var before = outbox.Queued.Count;
        var result = await host.SendAsync(command);
        foreach (var requested in outbox.Queued.Skip(before).OfType<PasswordResetRequestedV1>().ToList())
        {
            await host.DeliverAsync(requested);
        }

        return result;
    }

    private static async Task<string> ForgotAsync(PipelineHost host)
    {
        await RequestResetAsync(host, new ForgotPasswordCommand("ann@example.com") { IpAddress = "192.0.2.10" });
        return host.Repository<InMemoryOutbox>().Mails[^1].TextBody.Split("token=")[1].Split('\n')[0];
    }

    private static async Task<PipelineHost> HostWithAnnAsync()
    {
        var host = new PipelineHost();
        await host.SendAsync(new RegisterUserCommand("ann@example.com", Password, "Ann"));
        return host;
    }
}
