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

        var records = Factory.Logs.GetSnapshot();

        Assert.NotEmpty(records);
        foreach (var record in records)
        {
            var everything = string.Join(" | ", new[] { record.Message, record.Exception?.ToString() }
                .Concat((record.StructuredState ?? []).Select(pair => $"{pair.Key}={pair.Value}"))
                .Concat(record.Scopes.Select(scope => scope?.ToString())));
            Assert.DoesNotContain(Password, everything, StringComparison.Ordinal);
            Assert.DoesNotContain(token, everything, StringComparison.Ordinal);
            Assert.DoesNotContain(token.Split('.')[2], everything, StringComparison.Ordinal);
        }
    }
}
