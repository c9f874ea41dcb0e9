using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using Platform.Api.IntegrationTests.Support;
using Platform.Domain.Audit;
using Platform.Domain.Identity;
using Platform.Infrastructure.Outbox;

namespace Platform.Api.IntegrationTests.Identity;

public sealed class PasswordTests(PlatformApiFactory factory) : ApiTest(factory)
{
    private const string NewPassword = "a brand new passphrase";

    [Fact]
    public async Task A_reset_mail_leads_to_a_new_password_and_ends_every_session()
    {
        (await RegisterAsync()).EnsureSuccessStatusCode();
        var before = await SignInForTokensAsync();

        var forgot = await ForgotAsync("ann@example.com");
        var mail = await Factory.MailboxOf("ann@example.com").WaitForMailAsync();
        var reset = await ResetAsync(ResetMail.TokenIn(mail), NewPassword);

        Assert.Equal(HttpStatusCode.Accepted, forgot.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await LoginResponseAsync("ann@example.com", Password)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await LoginResponseAsync("ann@example.com", NewPassword)).StatusCode);
        Assert.Equal("session_revoked", (await Problem.ReadAsync(await RefreshAsync(before.RefreshToken), HttpStatusCode.Unauthorized)).Code);
        await WaitUntilRefusedAsync(before.AccessToken);
    }

    [Fact]
    public async Task The_mail_has_text_and_html_parts_in_the_language_asked_for()
    {
        (await RegisterAsync()).EnsureSuccessStatusCode();

        await ForgotAsync("ann@example.com", acceptLanguage: "ru-RU,ru;q=0.9,en;q=0.8");
        await ForgotAsync("ann@example.com", acceptLanguage: "de, en;q=0.5");
        var mailbox = Factory.MailboxOf("ann@example.com");
        var russian = await mailbox.WaitForMailAsync(1);
        var english = await mailbox.WaitForMailAsync(2);

        Assert.Equal("Сброс пароля", russian.Subject);
        Assert.Contains("Здравствуйте, Ann!", russian.TextBody, StringComparison.Ordinal);
        Assert.Contains($"href=\"{PlatformApiFactory.ResetLinkPrefix}{ResetMail.TokenIn(russian)}\"", russian.HtmlBody, StringComparison.Ordinal);
        Assert.Equal("Reset your password", english.Subject);
        Assert.Contains("30 minutes", english.TextBody, StringComparison.Ordinal);
        Assert.NotEqual(ResetMail.TokenIn(russian), ResetMail.TokenIn(english));
    }

    [Fact]
    public async Task Without_a_supported_accept_language_the_mail_follows_the_account_locale()
    {
        var ann = await SignInNewUserAsync();
        (await SendAsync(HttpMethod.Patch, "/api/v1/users/me", ann.Token, new { locale = "ru" })).EnsureSuccessStatusCode();

        await ForgotAsync("ann@example.com");

        Assert.Equal("Сброс пароля", (await Factory.MailboxOf("ann@example.com").WaitForMailAsync()).Subject);
    }

    [Fact]
    public async Task An_unknown_address_gets_the_same_answer_and_no_mail()
    {
        (await RegisterAsync()).EnsureSuccessStatusCode();

        var unknown = await ForgotAsync("nobody@example.com");
        var known = await ForgotAsync("ann@example.com");
        await Factory.MailboxOf("ann@example.com").WaitForMailAsync();

        Assert.Equal(HttpStatusCode.Accepted, unknown.StatusCode);
        Assert.Equal(await known.Content.ReadAsStringAsync(), await unknown.Content.ReadAsStringAsync());
        Assert.Empty(await Factory.MailboxOf("nobody@example.com").ReadAsync());
        var requests = await AuditAsync(AuditEventType.PasswordResetRequested);
        Assert.Equal(
            [("nobody@example.com", AuditOutcome.Failure, "unknown_account"), ("ann@example.com", AuditOutcome.Success, null)],
            requests.Select(entry => (entry.Email, entry.Outcome, entry.Detail)));
    }

    [Fact]
    public async Task The_earlier_reset_password_route_asks_for_the_same_mail()
    {
        (await RegisterAsync()).EnsureSuccessStatusCode();

        var response = await Client.PostAsJsonAsync("/api/v1/auth/reset-password", new { email = "ann@example.com" });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("Reset your password", (await Factory.MailboxOf("ann@example.com").WaitForMailAsync()).Subject);
    }

    [Fact]
    public async Task A_malformed_address_is_a_400()
    {
        var problem = await Problem.ReadAsync(await ForgotAsync("not an address"), HttpStatusCode.BadRequest);

        Assert.Equal("validation_failed", problem.Code);
        Assert.Contains("email", problem.Errors.Keys);
    }

    [Fact]
    public async Task A_reset_token_works_once()
    {
        (await RegisterAsync()).EnsureSuccessStatusCode();
        await ForgotAsync("ann@example.com");
        var token = ResetMail.TokenIn(await Factory.MailboxOf("ann@example.com").WaitForMailAsync());

        var first = await ResetAsync(token, NewPassword);
        var second = await ResetAsync(token, "yet another passphrase");

        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        Assert.Equal("password_reset_token_invalid", (await Problem.ReadAsync(second, HttpStatusCode.BadRequest)).Code);
        Assert.Equal(HttpStatusCode.OK, (await LoginResponseAsync("ann@example.com", NewPassword)).StatusCode);
    }

    [Fact]
    public async Task Of_concurrent_resets_with_one_token_exactly_one_sets_the_password()
    {
        (await RegisterAsync()).EnsureSuccessStatusCode();
        await ForgotAsync("ann@example.com");
        var token = ResetMail.TokenIn(await Factory.MailboxOf("ann@example.com").WaitForMailAsync());

        var responses = await Task.WhenAll(Enumerable.Range(0, 5).Select(attempt => ResetAsync(token, $"concurrent passphrase {attempt}")));

        var winner = Assert.Single(responses, response => response.StatusCode == HttpStatusCode.NoContent);
        Assert.All(responses.Where(response => response != winner), response => Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode));
        var winningPassword = $"concurrent passphrase {Array.IndexOf(responses, winner)}";
        Assert.Equal(HttpStatusCode.OK, (await LoginResponseAsync("ann@example.com", winningPassword)).StatusCode);
    }

    [Fact]
    public async Task An_expired_token_and_an_older_mail_after_a_reset_are_refused()
    {
        (await RegisterAsync()).EnsureSuccessStatusCode();
        await ForgotAsync("ann@example.com");
        await ForgotAsync("ann@example.com");
        await ForgotAsync("ann@example.com");
        var mailbox = Factory.MailboxOf("ann@example.com");
        var (first, second, third) = (ResetMail.TokenIn(await mailbox.WaitForMailAsync(1)), ResetMail.TokenIn(await mailbox.WaitForMailAsync(2)), ResetMail.TokenIn(await mailbox.WaitForMailAsync(3)));
        await InDatabaseAsync(context => context.Set<PasswordResetToken>()
            .Where(token => token.TokenHash == OpaqueSecret.HashOf(third))
            .ExecuteUpdateAsync(update => update.SetProperty(token => token.ExpiresAt, DateTimeOffset.UtcNow.AddMinutes(-1))));

        var expired = await ResetAsync(third, NewPassword);
        var reset = await ResetAsync(second, NewPassword);
        var older = await ResetAsync(first, "yet another passphrase");

        Assert.Equal("password_reset_token_invalid", (await Problem.ReadAsync(expired, HttpStatusCode.BadRequest)).Code);
        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
        Assert.Equal("password_reset_token_invalid", (await Problem.ReadAsync(older, HttpStatusCode.BadRequest)).Code);
    }

    [Theory]
    [InlineData("", NewPassword, "token")]
    [InlineData("some-token", "short", "newPassword")]
    [InlineData("some-token", "password1234", "newPassword")]
    public async Task A_reset_with_a_missing_token_or_a_weak_password_is_a_400_naming_the_field(string token, string password, string field)
    {
        var problem = await Problem.ReadAsync(await ResetAsync(token, password), HttpStatusCode.BadRequest);

        Assert.Contains(field, problem.Errors.Keys);
    }

    [Fact]
    public async Task A_reset_lifts_a_lockout()
    {
        (await RegisterAsync()).EnsureSuccessStatusCode();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await LoginResponseAsync("ann@example.com", "not the password");
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await LoginResponseAsync("ann@example.com", Password)).StatusCode);
        await ForgotAsync("ann@example.com");
        (await ResetAsync(ResetMail.TokenIn(await Factory.MailboxOf("ann@example.com").WaitForMailAsync()), NewPassword)).EnsureSuccessStatusCode();

        Assert.Equal(HttpStatusCode.OK, (await LoginResponseAsync("ann@example.com", NewPassword)).StatusCode);
    }

    [Fact]
    public async Task An_administrators_lock_gets_no_reset_link_and_an_earlier_link_does_not_lift_it()
    {
        var admin = await SignInAdminAsync();
        var ann = await SignInNewUserAsync();
        await ForgotAsync("ann@example.com");
        var earlier = ResetMail.TokenIn(await Factory.MailboxOf("ann@example.com").WaitForMailAsync());
        (await SendAsync(HttpMethod.Post, $"/api/v1/users/{ann.Id}/lock", admin.Token)).EnsureSuccessStatusCode();

        await ForgotAsync("ann@example.com");
        var reset = await ResetAsync(earlier, NewPassword);
        await ForgotAsync("admin@example.com");
        await Factory.MailboxOf("admin@example.com").WaitForMailAsync(); // requests are answered in order

        Assert.Single(await Factory.MailboxOf("ann@example.com").ReadAsync());
        Assert.Equal(HttpStatusCode.BadRequest, reset.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await LoginResponseAsync("ann@example.com", NewPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await LoginResponseAsync("ann@example.com", Password)).StatusCode);
    }

    [Fact]
    public async Task Wrong_current_passwords_on_change_lock_the_account_like_wrong_sign_ins()
    {
        var ann = await SignInNewUserAsync();

        for (var attempt = 0; attempt < 5; attempt++)
        {
            await SendAsync(HttpMethod.Post, "/api/v1/auth/password/change", ann.Token, new { currentPassword = $"guess number {attempt}", newPassword = NewPassword });
        }

        var withRightPassword = await SendAsync(HttpMethod.Post, "/api/v1/auth/password/change", ann.Token, new { currentPassword = Password, newPassword = NewPassword });

        Assert.Equal("password_incorrect", (await Problem.ReadAsync(withRightPassword, HttpStatusCode.BadRequest)).Code);
        Assert.Equal(HttpStatusCode.Unauthorized, (await LoginResponseAsync("ann@example.com", Password)).StatusCode);
    }

    [Fact]
    public async Task A_new_email_address_voids_reset_links_sent_to_the_old_one()
    {
        var admin = await SignInAdminAsync();
        var ann = await SignInNewUserAsync();
        await ForgotAsync("ann@example.com");
        var link = ResetMail.TokenIn(await Factory.MailboxOf("ann@example.com").WaitForMailAsync());

        (await SendAsync(HttpMethod.Put, $"/api/v1/users/{ann.Id}", admin.Token, new { email = "anna@example.com", displayName = "Ann", locale = "en", timeZone = "UTC" }))
            .EnsureSuccessStatusCode();

        Assert.Equal("password_reset_token_invalid", (await Problem.ReadAsync(await ResetAsync(link, NewPassword), HttpStatusCode.BadRequest)).Code);
    }

    [Fact]
    public async Task A_sent_reset_mail_leaves_no_link_in_the_database()
    {
        (await RegisterAsync()).EnsureSuccessStatusCode();
        await ForgotAsync("ann@example.com");
        await Factory.MailboxOf("ann@example.com").WaitForMailAsync();

        // The pickup file is written before the relay commits that the mail went out: wait for the commit.
        var stored = await InDatabaseAsync(context => context.Set<OutboxEntry>().AsNoTracking().SingleAsync(entry => entry.Name == "mail.requested.v1"));
        for (var attempt = 0; stored.Status != OutboxStatus.Dispatched && attempt < 100; attempt++)
        {
            await Task.Delay(50);
            stored = await InDatabaseAsync(context => context.Set<OutboxEntry>().AsNoTracking().SingleAsync(entry => entry.Name == "mail.requested.v1"));
        }

        Assert.Equal((OutboxStatus.Dispatched, "{}"), (stored.Status, stored.Payload));
        Assert.Empty(await InDatabaseAsync(context => context.Set<PasswordResetRequest>().ToListAsync()));
    }

    [Fact]
    public async Task Changing_the_password_keeps_this_session_and_ends_the_others()
    {
        (await RegisterAsync()).EnsureSuccessStatusCode();
        var other = await SignInForTokensAsync();
        var current = await SignInForTokensAsync();

        var change = await SendAsync(HttpMethod.Post, "/api/v1/auth/password/change", current.AccessToken, new { currentPassword = Password, newPassword = NewPassword });

        Assert.Equal(HttpStatusCode.NoContent, change.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync("/api/v1/auth/me", current.AccessToken)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await RefreshAsync(current.RefreshToken)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync("/api/v1/auth/me", other.AccessToken)).StatusCode);
        Assert.Equal("session_revoked", (await Problem.ReadAsync(await RefreshAsync(other.RefreshToken), HttpStatusCode.Unauthorized)).Code);
        Assert.Equal(HttpStatusCode.OK, (await LoginResponseAsync("ann@example.com", NewPassword)).StatusCode);
        Assert.Equal(AuditOutcome.Success, Assert.Single(await AuditAsync(AuditEventType.PasswordChanged)).Outcome);
    }

    [Theory]
    [InlineData("not the password", NewPassword, "password_incorrect")]
    [InlineData(Password, Password, "validation_failed")]
    [InlineData(Password, "short", "validation_failed")]
    public async Task A_change_with_a_wrong_current_password_or_a_bad_new_one_is_a_400_and_changes_nothing(
        string currentPassword, string newPassword, string code)
    {
        var ann = await SignInNewUserAsync();

        var change = await SendAsync(HttpMethod.Post, "/api/v1/auth/password/change", ann.Token, new { currentPassword, newPassword });

        Assert.Equal(code, (await Problem.ReadAsync(change, HttpStatusCode.BadRequest)).Code);
        Assert.Equal(HttpStatusCode.OK, (await LoginResponseAsync("ann@example.com", Password)).StatusCode);
    }

    [Fact]
    public async Task Changing_the_password_needs_a_signed_in_caller()
    {
        var change = await SendAsync(HttpMethod.Post, "/api/v1/auth/password/change", body: new { currentPassword = Password, newPassword = NewPassword });

        Assert.Equal("unauthenticated", (await Problem.ReadAsync(change, HttpStatusCode.Unauthorized)).Code);
    }

    [Fact]
    public async Task Resets_and_changes_are_in_the_audit_trail()
    {
        (await RegisterAsync()).EnsureSuccessStatusCode();
        await ForgotAsync("ann@example.com");
        var token = ResetMail.TokenIn(await Factory.MailboxOf("ann@example.com").WaitForMailAsync());
        await ResetAsync(token, NewPassword);
        await ResetAsync(token, NewPassword);
        var ann = await SignInForTokensAsync(password: NewPassword);
        await SendAsync(HttpMethod.Post, "/api/v1/auth/password/change", ann.AccessToken, new { currentPassword = "wrong password here", newPassword = Password });

        var resets = await AuditAsync(AuditEventType.PasswordReset);
        var changes = await AuditAsync(AuditEventType.PasswordChanged);

        Assert.Equal([AuditOutcome.Success, AuditOutcome.Failure], resets.Select(entry => entry.Outcome));
        Assert.Equal("password_reset_token_invalid", resets[1].Detail);
        Assert.Equal(("password_incorrect", ann.SessionId), (Assert.Single(changes).Detail, changes[0].SessionId!.Value));
    }

    private Task<HttpResponseMessage> ForgotAsync(string email, string? acceptLanguage = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/password/forgot") { Content = JsonContent.Create(new { email }) };
        if (acceptLanguage is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        }

        return Client.SendAsync(request);
    }

    private Task<HttpResponseMessage> ResetAsync(string token, string newPassword) =>
        Client.PostAsJsonAsync("/api/v1/auth/password/reset", new { token, newPassword });

    private Task<HttpResponseMessage> LoginResponseAsync(string email, string password) =>
        Client.PostAsJsonAsync("/api/v1/auth/login", new { email, password });

    private Task<List<AuditEvent>> AuditAsync(string type) =>
        InDatabaseAsync(context => context.Set<AuditEvent>().Where(entry => entry.Type == type).OrderBy(entry => entry.Id).ToListAsync());

    /// <summary>Revocation reaches access tokens within the session status cache time (5 seconds).</summary>
    private async Task WaitUntilRefusedAsync(string accessToken)
    {
        var deadline = DateTime.UtcNow.AddSeconds(6);
        while ((await GetAsync("/api/v1/auth/me", accessToken)).StatusCode == HttpStatusCode.OK)
        {
            Assert.True(DateTime.UtcNow < deadline, "The access token of a revoked session still worked after 6 seconds.");
            await Task.Delay(200);
        }
    }
}
