using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Platform.Api.IntegrationTests.Support;
using Platform.Application.Identity;
using Platform.Domain.Identity;

namespace Platform.Api.IntegrationTests.Operations;

public sealed class GracefulShutdownTests(PlatformApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task Stopping_the_host_lets_an_in_flight_request_finish_on_a_real_kestrel_server()
    {
        var slow = new SlowUserRepository(TimeSpan.FromSeconds(2));
        var kestrel = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("ConnectionStrings:Platform", Factory.ConnectionString);
            builder.UseSetting("Jwt:SigningKeys:0:KeyId", PlatformApiFactory.SigningKeyId);
            builder.UseSetting("Jwt:SigningKeys:0:PrivateKeyPem", PlatformApiFactory.SigningKeyPem);
            builder.UseSetting("PasswordReset:LinkTemplate", PlatformApiFactory.ResetLinkPrefix + "{token}");
            builder.UseSetting("Notifications:UnsubscribeUrl", PlatformApiFactory.UnsubscribeUrl);
            PlatformApiFactory.WithRedactionKey(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<IUserRepository>(slow));
        });
        kestrel.UseKestrel(0);
        kestrel.StartServer();
        // Not kestrel.CreateClient(): the factory disposes its own clients when it stops.
        var address = kestrel.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        using var client = new HttpClient { BaseAddress = new Uri(address) }.AsTestApp();

        var inFlight = client.PostAsJsonAsync("/api/v1/auth/login", new { email = "ann@example.com", password = Password });
        await slow.Entered.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var stopping = kestrel.DisposeAsync().AsTask();
        var response = await inFlight;

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode); // the slow lookup found nobody: a complete answer
        Assert.Equal("invalid_credentials", (await Problem.ReadAsync(response, HttpStatusCode.Unauthorized)).Code);
        await stopping;
    }

    private sealed class SlowUserRepository(TimeSpan delay) : IUserRepository
    {
        public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async Task<User?> FindByEmailAsync(Email email, CancellationToken cancellationToken)
        {
            Entered.TrySetResult();
            await Task.Delay(delay, CancellationToken.None);
            return null;
        }

        public Task<bool> ExistsAsync(Email email, CancellationToken cancellationToken) => Task.FromResult(false);

        public Task<User?> FindByIdAsync(Guid id, CancellationToken cancellationToken) => Task.FromResult<User?>(null);

        public Task<Platform.Application.Common.Paging.PagedList<User>> ListAsync(UserListFilter filter, int page, int pageSize, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public void Add(User user)
        {
        }
    }
}
