using Microsoft.Extensions.Logging.Testing;
using Platform.Api.IntegrationTests.Support;

namespace Platform.Api.IntegrationTests.Operations;

public sealed class CorrelationTests(PlatformApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task A_well_formed_incoming_request_id_is_echoed_and_put_on_every_log_line_of_the_request()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/login") { Content = JsonContent("{\"email\":\"x@example.com\",\"password\":\"whatever-it-is\"}") };
        request.Headers.Add("X-Request-ID", "client-req-42");

        var response = await Client.SendAsync(request);

        Assert.Equal("client-req-42", Assert.Single(response.Headers.GetValues("X-Request-ID")));
        var problem = await Problem.ReadAsync(response, System.Net.HttpStatusCode.Unauthorized);
        Assert.Equal("client-req-42", problem.Body.GetProperty("requestId").GetString());
        var pipelineLog = Assert.Single(Factory.Logs.GetSnapshot(), record => record.Message.StartsWith("LoginCommand", StringComparison.Ordinal));
        Assert.True(pipelineLog.Scopes.Any(scope => ScopeHas(scope, "CorrelationId", "client-req-42")), string.Join(";", pipelineLog.Scopes.Select(s => s?.GetType().Name + ":" + s)));
    }

    [Fact]
    public async Task A_traceparent_continues_the_callers_trace()
    {
        const string traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        var request = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        request.Headers.Add("traceparent", $"00-{traceId}-00f067aa0ba902b7-01");

        var response = await Client.SendAsync(request);

        Assert.Equal(traceId, Assert.Single(response.Headers.GetValues("X-Request-ID")));
    }

    [Theory]
    [InlineData("has spaces in it")]
    [InlineData("<script>")]
    public async Task A_malformed_request_id_is_replaced(string incoming)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        request.Headers.TryAddWithoutValidation("X-Request-ID", incoming);

        var response = await Client.SendAsync(request);

        var echoed = Assert.Single(response.Headers.GetValues("X-Request-ID"));
        Assert.NotEqual(incoming, echoed);
        Assert.Matches("^[a-f0-9]{32}$", echoed);
    }

    private static StringContent JsonContent(string json) => new(json, System.Text.Encoding.UTF8, "application/json");

    private static bool ScopeHas(object? scope, string key, string value) =>
        scope is IEnumerable<KeyValuePair<string, object>> pairs && pairs.Any(pair => pair.Key == key && Equals(pair.Value, value));
}
