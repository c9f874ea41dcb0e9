using System.Net;
using Platform.Api.IntegrationTests.Support;

namespace Platform.Api.IntegrationTests.Operations;

public sealed class MetricsTests(PlatformApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task Metrics_are_served_in_prometheus_format_with_http_runtime_and_pipeline_instruments()
    {
        await RegisterAndLoginAsync();

        // The exporter caches a scrape briefly; poll until this test's requests show up.
        string text = string.Empty;
        for (var attempt = 0; attempt < 20 && !text.Contains("platform_pipeline_request_duration_seconds_count", StringComparison.Ordinal); attempt++)
        {
            var response = await GetAsync("/metrics");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.StartsWith("text/plain", response.Content.Headers.ContentType!.MediaType, StringComparison.Ordinal);
            text = await response.Content.ReadAsStringAsync();
            await Task.Delay(100);
        }

        Assert.Contains("platform_pipeline_request_duration_seconds_count{", text, StringComparison.Ordinal);
        Assert.Contains("request=\"RegisterUserCommand\"", text, StringComparison.Ordinal);
        Assert.Contains("outcome=\"success\"", text, StringComparison.Ordinal);
        Assert.Contains("platform_pipeline_request_duration_seconds_bucket", text, StringComparison.Ordinal);
        Assert.Contains("http_server_request_duration_seconds", text, StringComparison.Ordinal);
        Assert.Contains("dotnet_gc_", text, StringComparison.Ordinal);
    }
}
