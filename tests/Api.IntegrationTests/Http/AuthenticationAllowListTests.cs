using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Platform.Api.IntegrationTests.Support;

namespace Platform.Api.IntegrationTests.Http;

public sealed class AuthenticationAllowListTests(PlatformApiFactory factory) : ApiTest(factory)
{
    /// <summary>The only endpoints a caller may use without a token. Adding one is a reviewed change of this list.</summary>
    private static readonly string[] AllowList =
    [
        "ANY /health",
        "ANY /health/live",
        "ANY /health/ready",
        "ANY /metrics",
        "GET /.well-known/jwks.json",
        "GET /docs/favicon.svg",
        "GET /docs/scalar.aspnetcore.js",
        "GET /docs/scalar.js",
        "GET /docs/{documentName?}",
        "GET /openapi/{documentName}.json",
        "POST /api/v1/auth/login",
        "POST /api/v1/auth/password/forgot",
        "POST /api/v1/auth/password/reset",
        "POST /api/v1/auth/refresh",
        "POST /api/v1/auth/register",
        "POST /api/v1/auth/reset-password",
        "POST /api/v1/notifications/unsubscribe",
    ];

    [Fact]
    public void Exactly_the_allow_listed_endpoints_are_anonymous()
    {
        var anonymous = Endpoints()
            .Where(endpoint => endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            .Select(Describe)
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToArray();

        Assert.True(AllowList.SequenceEqual(anonymous), string.Join(Environment.NewLine, anonymous));
    }

    [Fact]
    public void Every_other_endpoint_requires_an_authenticated_caller()
    {
        var unprotected = Endpoints()
            .Where(endpoint => endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null
                && endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Count == 0)
            .Select(Describe)
            .ToArray();

        Assert.Empty(unprotected);
    }

    [Fact]
    public async Task Every_protected_route_answers_401_to_an_anonymous_caller()
    {
        var protectedGets = Endpoints()
            .Where(endpoint => endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null)
            .Select(endpoint => endpoint.RoutePattern.RawText!)
            .Where(pattern => pattern.StartsWith("/api/", StringComparison.Ordinal))
            .Distinct()
            .ToArray();
        Assert.NotEmpty(protectedGets);

        foreach (var pattern in protectedGets)
        {
            // Route parameters get a value that meets their constraints (every one is an id so far).
            var response = await GetAsync(System.Text.RegularExpressions.Regex.Replace(pattern, "{[^}]+}", Guid.CreateVersion7().ToString()));
            Assert.True(response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.MethodNotAllowed,
                $"{pattern} answered {(int)response.StatusCode} to an anonymous caller");
        }
    }

    private IEnumerable<RouteEndpoint> Endpoints() =>
        Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();

    private static string Describe(RouteEndpoint endpoint)
    {
        var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["ANY"];
        return $"{string.Join(",", methods)} {endpoint.RoutePattern.RawText}";
    }
}
