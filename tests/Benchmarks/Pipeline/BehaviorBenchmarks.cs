using BenchmarkDotNet.Attributes;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Platform.Application.Common.Behaviors;
using Platform.Application.Common.Events;
using Platform.Application.Common.Outbox;
using Platform.Application.Common.Persistence;
using Platform.Application.Common.Security;
using Platform.Application.Identity;
using Platform.Application.Identity.GetCurrentUser;
using Platform.Application.Identity.Login;
using Platform.Domain.Common;
using ZiggyCreatures.Caching.Fusion;

namespace Platform.Benchmarks;

/// <summary>
/// The cost each pipeline behavior adds around a handler that answers at once (the baseline). Logging uses a
/// disabled logger, so the sink's I/O is not part of the figure; see docs/benchmarks.md for the end-to-end run.
/// </summary>
[MemoryDiagnoser]
public class BehaviorBenchmarks
{
    private static readonly Result<CurrentUserResponse> Profile = new CurrentUserResponse(Guid.CreateVersion7(), "ann@example.com", "Ann");
    private static readonly Result<AccessTokenResponse> Token = new AccessTokenResponse("token", "Bearer", DateTimeOffset.UnixEpoch, 900, "refresh", DateTimeOffset.UnixEpoch, Guid.Empty);
    private static readonly RequestHandlerDelegate<Result<CurrentUserResponse>> ProfileHandler = () => Task.FromResult(Profile);
    private static readonly RequestHandlerDelegate<Result<AccessTokenResponse>> TokenHandler = () => Task.FromResult(Token);

    private readonly GetCurrentUserQuery _query = new(Guid.CreateVersion7());
    private readonly LoginCommand _login = new("ann@example.com", "a long enough passphrase")
    {
        Device = new Domain.Identity.ClientDevice("ios", "2.4.1", "device-1", "127.0.0.1", null),
    };
    private ServiceProvider _services = null!;
    private IPipelineBehavior<GetCurrentUserQuery, Result<CurrentUserResponse>> _metrics = null!;
    private IPipelineBehavior<GetCurrentUserQuery, Result<CurrentUserResponse>> _logging = null!;
    private IPipelineBehavior<LoginCommand, Result<AccessTokenResponse>> _validation = null!;
    private IPipelineBehavior<GetCurrentUserQuery, Result<CurrentUserResponse>> _cachingHit = null!;
    private IPipelineBehavior<LoginCommand, Result<AccessTokenResponse>> _unitOfWork = null!;

    [GlobalSetup]
    public async Task SetUp()
    {
        _services = new ServiceCollection().AddMetrics().AddFusionCache().Services.BuildServiceProvider();
        var cache = _services.GetRequiredService<IFusionCache>();
        _metrics = new MetricsBehavior<GetCurrentUserQuery, Result<CurrentUserResponse>>(new PipelineMetrics(_services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>()));
        _logging = new LoggingBehavior<GetCurrentUserQuery, Result<CurrentUserResponse>>(NullLogger<LoggingBehavior<GetCurrentUserQuery, Result<CurrentUserResponse>>>.Instance, new AnonymousUser());
        _validation = new ValidationBehavior<LoginCommand, Result<AccessTokenResponse>>([new LoginValidator()]);
        _cachingHit = new CachingBehavior<GetCurrentUserQuery, CurrentUserResponse>(cache);
        var unitOfWork = new NoChangesUnitOfWork();
        _unitOfWork = new UnitOfWorkBehavior<LoginCommand, Result<AccessTokenResponse>>(
            unitOfWork, new TransactionCommit(unitOfWork, new DomainEventDispatcher(_services, NullLogger<DomainEventDispatcher>.Instance), new NoOutbox(),
                new OutboxMessageCatalog(new MapsterMapper.Mapper())));
        await _cachingHit.Handle(_query, CancellationToken.None, ProfileHandler);
    }

    [GlobalCleanup]
    public void CleanUp() => _services.Dispose();

    [Benchmark(Baseline = true)]
    public Task<Result<CurrentUserResponse>> Handler_alone() => ProfileHandler();

    [Benchmark]
    public Task<Result<CurrentUserResponse>> Metrics() => _metrics.Handle(_query, CancellationToken.None, ProfileHandler);

    [Benchmark]
    public Task<Result<CurrentUserResponse>> Logging() => _logging.Handle(_query, CancellationToken.None, ProfileHandler);

    [Benchmark]
    public Task<Result<AccessTokenResponse>> Validation_of_a_valid_login() => _validation.Handle(_login, CancellationToken.None, TokenHandler);

    [Benchmark]
    public Task<Result<CurrentUserResponse>> Caching_hit() => _cachingHit.Handle(_query, CancellationToken.None, ProfileHandler);

    [Benchmark]
    public Task<Result<AccessTokenResponse>> Unit_of_work_save() => _unitOfWork.Handle(_login, CancellationToken.None, TokenHandler);

    private sealed class AnonymousUser : ICurrentUser
    {
        public Guid? Id => null;

        public string? IpAddress => null;

        public Guid? SessionId => null;

        public string? DeviceId => null;

        public string? AppType => null;
    }

    private sealed class NoChangesUnitOfWork : IUnitOfWork
    {
        public Task BeginAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task CommitAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task RollbackAsync() => Task.CompletedTask;

        public Task SaveChangesAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public void DiscardChanges()
        {
        }

        public IReadOnlyList<IDomainEvent> TakeDomainEvents() => [];
    }

    private sealed class NoOutbox : IOutbox
    {
        public void Enqueue(IOutboxMessage message)
        {
        }
    }
}
