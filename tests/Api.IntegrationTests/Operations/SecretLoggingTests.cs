using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.Api.IntegrationTests.Support;

namespace Platform.Api.IntegrationTests.Operations;

public sealed class SecretLoggingTests(PlatformApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task No_log_line_of_register_login_and_me_contains_the_password_or_the_token()
    {
        var token = await RegisterAndLoginAsync();
        await GetAsync("/api/v1/auth/me", token);
        await Client.PostAsync("/api/v1/auth/login", new StringContent($"{{\"email\":\"ann@example.com\",\"password\":\"{Password}\"", System.Text.Encoding.UTF8, "application/json"));

        AssertNoLogLineContains(Password, token, token.Split('.')[2]);
    }

    [Fact]
    public async Task No_log_line_of_a_password_reset_or_change_contains_the_reset_token_or_a_password()
    {
        const string ResetPassword = "the password set by reset";
        const string ChangedPassword = "the password set by change";
        (await RegisterAsync()).EnsureSuccessStatusCode();
        await Client.PostAsJsonAsync("/api/v1/auth/password/forgot", new { email = "ann@example.com" });
        var resetToken = ResetMail.TokenIn(await Factory.MailboxOf("ann@example.com").WaitForMailAsync());
        (await Client.PostAsJsonAsync("/api/v1/auth/password/reset", new { token = resetToken, newPassword = ResetPassword })).EnsureSuccessStatusCode();
        var accessToken = await LoginAsync(password: ResetPassword);
        (await SendAsync(HttpMethod.Post, "/api/v1/auth/password/change", accessToken, new { currentPassword = ResetPassword, newPassword = ChangedPassword }))
            .EnsureSuccessStatusCode();

        AssertNoLogLineContains(resetToken, ResetPassword, ChangedPassword, accessToken.Split('.')[2]);
    }

    [Fact]
    public async Task A_sent_mail_is_logged_with_a_keyed_hash_of_the_address_the_same_for_one_address_and_never_the_address()
    {
        (await RegisterAsync("ann@example.com")).EnsureSuccessStatusCode();
        (await RegisterAsync("bob@example.com")).EnsureSuccessStatusCode();
        foreach (var address in new[] { "ann@example.com", "bob@example.com", "ann@example.com" })
        {
            await Client.PostAsJsonAsync("/api/v1/auth/password/forgot", new { email = address });
        }

        await Factory.MailboxOf("bob@example.com").WaitForMailAsync();
        var recipients = await WaitForSentMailLinesAsync(3);

        Assert.All(recipients, recipient => Assert.StartsWith("7:", recipient, StringComparison.Ordinal));
        Assert.Equal(2, recipients.Distinct().Count());
    }

    [Fact]
    public void The_trap_catches_an_address_a_jwt_a_token_link_and_a_connection_string_password()
    {
        var logger = Factory.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Planted");
        var planted = new[]
        {
            "ann@example.com",
            "eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJhbm4ifQ.c2ln",
            "https://app.example.test/reset-password?token=abc",
            "Host=db;Username=app;Password=hunter22",
            Password,
        };

        foreach (var value in planted)
        {
            Plant(logger, value, null);
            Assert.Throws<Xunit.Sdk.TrueException>(Factory.LeakTrap.AssertNoLeaks);
        }
    }

    private static readonly Action<ILogger, string, Exception?> Plant = LoggerMessage.Define<string>(LogLevel.Information, default, "Planted {Value}");

    private async Task<List<string>> WaitForSentMailLinesAsync(int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var recipients = Factory.Logs.GetSnapshot()
                .Where(record => record.Id.Id == 1730)
                .Select(record => record.StructuredState!.Single(pair => pair.Key == "Recipient").Value!)
                .ToList();
            if (recipients.Count >= count || DateTime.UtcNow > deadline)
            {
                Assert.Equal(count, recipients.Count);
                return recipients;
            }

            await Task.Delay(50);
        }
    }

    private void AssertNoLogLineContains(params string[] secrets)
    {
        var records = Factory.Logs.GetSnapshot();

        Assert.NotEmpty(records);
        foreach (var record in records)
        {
            var everything = string.Join(" | ", new[] { record.Message, record.Exception?.ToString() }
                .Concat((record.StructuredState ?? []).Select(pair => $"{pair.Key}={pair.Value}"))
                .Concat(record.Scopes.Select(scope => scope?.ToString())));
            foreach (var secret in secrets)
            {
                Assert.DoesNotContain(secret, everything, StringComparison.Ordinal);
            }
        }
    }
}
