using BenchmarkDotNet.Attributes;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Platform.Application;
using Platform.Application.Common.Security;
using Platform.Application.Identity;
using Platform.Application.Identity.GetCurrentUser;
using Platform.Domain.Identity;

namespace Platform.Benchmarks;

/// <summary>
/// One <c>IMediator.Send</c> of the cached v1 profile query through the real registration (all behaviors, a cache
/// hit), against calling the cache-missing handler's work directly: the whole in-process cost of the pipeline.
/// </summary>
[MemoryDiagnoser]
public class MediatorBenchmarks
{
    private ServiceProvider _services = null!;
    private GetCurrentUserQuery _query = null!;
    private CurrentUserResponse _direct = null!;

    [GlobalSetup]
    public async Task SetUp()
    {
        var user = User.Register(Email.Create("ann@example.com").Value, DisplayName.Create("Ann").Value, "hash", DateTimeOffset.UtcNow);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddMetrics();
        services.AddFusionCache();
        services.AddApplication();
        services.AddSingleton<ICurrentUser>(new FixedUser(user.Id));
        services.AddSingleton<IUserRepository>(new SingleUserRepository(user));
        _services = services.BuildServiceProvider();
        _query = new GetCurrentUserQuery(user.Id);
        _direct = new CurrentUserResponse(user.Id, user.Email.Value, user.DisplayName.Value);
        await SendThroughPipeline();
    }

    [GlobalCleanup]
    public void CleanUp() => _services.Dispose();

    [Benchmark(Baseline = true)]
    public Task<CurrentUserResponse> Answer_without_pipeline() => Task.FromResult(_direct);

    [Benchmark]
    public async Task<CurrentUserResponse> SendThroughPipeline()
    {
        await using var scope = _services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(_query, CancellationToken.None);
        return result.Value;
    }

    private sealed class FixedUser(Guid id) : ICurrentUser
    {
        public Guid? Id => id;

        public string? IpAddress => null;

        public Guid? SessionId => null;

        public string? DeviceId => null;

        public string? AppType => null;
    }

    private sealed class SingleUserRepository(User user) : IUserRepository
    {
        public Task<bool> ExistsAsync(Email email, CancellationToken cancellationToken) => Task.FromResult(email == user.Email);

        public Task<User?> FindByEmailAsync(Email email, CancellationToken cancellationToken) => Task.FromResult<User?>(email == user.Email ? user : null);

        public Task<User?> FindByIdAsync(Guid id, CancellationToken cancellationToken) => Task.FromResult<User?>(id == user.Id ? user : null);

        public Task<Platform.Application.Common.Paging.PagedList<User>> ListAsync(
            UserListFilter filter, int page, int pageSize, CancellationToken cancellationToken) =>
            Task.FromResult(new Platform.Application.Common.Paging.PagedList<User>([user], page, pageSize, 1));

        public void Add(User user)
        {
        }
    }
}
