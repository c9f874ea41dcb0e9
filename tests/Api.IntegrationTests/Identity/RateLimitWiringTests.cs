using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Api.IdentityEdge;
using Platform.Api.Modules.Identity;

namespace Platform.Api.IntegrationTests.Identity;

public sealed class RateLimitWiringTests
{
    [Fact]
    public async Task A_per_account_limit_on_an_endpoint_that_binds_another_body_fails_when_the_endpoint_is_built()
    {
        await using var app = WebApplication.CreateBuilder().Build();
        app.MapPost("/wrong", (RegisterUserRequest body) => TypedResults.Ok())
            .RequireAuthRateLimits<LoginRequest>(AuthRateLimits.LoginPolicy, body => body.Email);

        var building = Assert.Throws<InvalidOperationException>(() =>
            ((IEndpointRouteBuilder)app).DataSources.SelectMany(source => source.Endpoints).ToList());

        Assert.Contains("binds no LoginRequest", building.Message, StringComparison.Ordinal);
    }
}
