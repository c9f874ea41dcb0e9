using System.Net;
using Platform.Api.IntegrationTests.Support;

namespace Platform.Api.IntegrationTests.Http;

public sealed class VersioningTests(PlatformApiFactory factory) : ApiTest(factory)
{
    [Theory]
    [InlineData("/api/v1/auth/me")]
    [InlineData("/api/v2/auth/me")]
    public async Task Versioned_responses_report_the_supported_versions(string path)
    {
        var token = await RegisterAndLoginAsync();

        var response = await GetAsync(path, token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("1, 2", string.Join(", ", response.Headers.GetValues("api-supported-versions")));
    }

    [Theory]
    [InlineData("/api/v3/auth/me")]
    [InlineData("/api/v1.5/auth/me")]
    [InlineData("/api/vnext/auth/me")]
    public async Task An_unknown_version_is_a_404_naming_the_supported_versions(string path)
    {
        var token = await RegisterAndLoginAsync();

        var problem = await Problem.ReadAsync(await GetAsync(path, token), HttpStatusCode.NotFound);

        Assert.Equal("api_version_unsupported", problem.Code);
        Assert.Equal(["1", "2"], problem.Body.GetProperty("supportedVersions").EnumerateArray().Select(v => v.GetString()!).ToArray());
        Assert.Contains("Supported versions: 1, 2", problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_route_missing_from_a_supported_version_is_a_plain_404()
    {
        var problem = await Problem.ReadAsync(await Client.PostAsync("/api/v2/auth/register", null), HttpStatusCode.NotFound);

        Assert.Equal("route_not_found", problem.Code);
    }
}
