using System.Net.Http.Json;
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
