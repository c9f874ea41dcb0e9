using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Platform.Api.IntegrationTests.Support;
using Platform.Application.Identity;

namespace Platform.Api.IntegrationTests.Http;

public sealed class ProblemDetailsTests(PlatformApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task An_unknown_route_is_a_404_problem()
    {
        var problem = await Problem.ReadAsync(await GetAsync("/api/v1/nothing-here"), HttpStatusCode.NotFound);

        Assert.Equal("route_not_found", problem.Code);
    }

    [Fact]
    public async Task A_wrong_method_is_a_405_problem()
    {
        var problem = await Problem.ReadAsync(await Client.DeleteAsync("/api/v1/auth/login"), HttpStatusCode.MethodNotAllowed);

        Assert.Equal("method_not_allowed", problem.Code);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_a_415_problem()
    {
        var response = await Client.PostAsync("/api/v1/auth/login", new StringContent("email=a&password=b", Encoding.UTF8, "application/x-www-form-urlencoded"));

        var problem = await Problem.ReadAsync(response, HttpStatusCode.UnsupportedMediaType);
        Assert.Equal("unsupported_media_type", problem.Code);
    }

    [Theory]
    [InlineData("{\"email\": \"ann@example.com\", \"password\": ")]
    [InlineData("{\"email\": 5, \"password\": \"x\"}")]
    [InlineData("not json at all")]
    public async Task Malformed_json_is_a_400_problem_that_does_not_echo_the_body(string json)
    {
        var response = await Client.PostAsync("/api/v1/auth/login", new StringContent(json, Encoding.UTF8, "application/json"));

        var problem = await Problem.ReadAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("malformed_json", problem.Code);
        Assert.DoesNotContain("ann@example.com", problem.Body.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("null")]
    public async Task A_missing_body_is_a_400_body_required_problem(string json)
    {
        var response = await Client.PostAsync("/api/v1/auth/login", new StringContent(json, Encoding.UTF8, "application/json"));

        var problem = await Problem.ReadAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("body_required", problem.Code);
        Assert.Equal("This endpoint needs a JSON object in the request body.", problem.Detail);
    }

    [Fact]
    public async Task An_oversized_body_is_a_413_problem()
    {
        var huge = new string('a', 1024 * 1024 + 1);

        var response = await Client.PostAsJsonAsync("/api/v1/auth/register", new { email = "ann@example.com", password = huge, displayName = "Ann" });

        var problem = await Problem.ReadAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal("payload_too_large", problem.Code);
    }

    [Fact]
    public async Task An_unhandled_exception_is_a_500_problem_with_a_trace_id_and_no_internals()
    {
        using var broken = Factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddScoped<IUserRepository, ExplodingUserRepository>()));
        using var client = broken.CreateClient().AsTestApp();

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/login")
        {
            Content = JsonContent.Create(new { email = "ann@example.com", password = Password }),
        };
        request.Headers.Add("X-Request-ID", "client-req-500");

        var response = await client.SendAsync(request);

        var problem = await Problem.ReadAsync(response, HttpStatusCode.InternalServerError);
        Assert.Equal("internal_error", problem.Code);
        Assert.Equal("client-req-500", problem.Body.GetProperty("requestId").GetString());
        Assert.Equal("client-req-500", Assert.Single(response.Headers.GetValues("X-Request-ID")));
        var raw = problem.Body.ToString();
        Assert.DoesNotContain(ExplodingUserRepository.Message, raw, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", raw, StringComparison.Ordinal);
    }

    private sealed class ExplodingUserRepository : IUserRepository
    {
        public const string Message = "connection string Password=hunter2 leaked";

        public Task<bool> ExistsAsync(Domain.Identity.Email email, CancellationToken cancellationToken) => throw new InvalidOperationException(Message);

        public Task<Domain.Identity.User?> FindByEmailAsync(Domain.Identity.Email email, CancellationToken cancellationToken) => throw new InvalidOperationException(Message);

        public Task<Domain.Identity.User?> FindByIdAsync(Guid id, CancellationToken cancellationToken) => throw new InvalidOperationException(Message);

        public Task<Platform.Application.Common.Paging.PagedList<Domain.Identity.User>> ListAsync(
            UserListFilter filter, int page, int pageSize, CancellationToken cancellationToken) => throw new InvalidOperationException(Message);

        public void Add(Domain.Identity.User user) => throw new InvalidOperationException(Message);
    }
}
