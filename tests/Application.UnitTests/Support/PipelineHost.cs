using FluentValidation;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using Platform.Application.Audit.Contracts;
using Platform.Application.Identity;
using Platform.Application.Common.Events;
using Platform.Application.Common.Outbox;
using Platform.Application.Common.Persistence;
using Platform.Application.Common.Realtime;
using Platform.Application.Common.Security;
using Platform.Domain.Common;
using ZiggyCreatures.Caching.Fusion;

namespace Platform.Application.UnitTests.Support;

/// <summary>The real Application registration (behaviors in their real order) around test requests and fakes.</summary>
public sealed class PipelineHost : IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    public PipelineHost()
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(Logs));
        services.AddMetrics();
        services.AddFusionCache();
        services.AddApplication();
        services.AddSingleton(Calls);
        services.AddSingleton(UnitOfWork);
        services.AddSingleton<IUnitOfWork>(UnitOfWork);
        services.AddSingleton<IDomainEvents>(UnitOfWork);
        services.AddSingleton<ICurrentUser>(CurrentUser);
        services.AddSingleton<TimeProvider>(Clock);
        // Every InMemoryXRepository of the tests stands in for IXRepository, one instance per host.
        services.Scan(scan => scan.FromAssemblyOf<PipelineHost>()
            .AddClasses(classes => classes.Where(type => type.Name.StartsWith("InMemory", StringComparison.Ordinal)
                && type.Name.EndsWith("Repository", StringComparison.Ordinal)))
            .AsSelfWithInterfaces()
            .WithSingletonLifetime());
        services.AddSingleton<IPasswordHasher>(PasswordHasher);
        services.AddSingleton<ICommonPasswordList, FixedCommonPasswordList>();
        services.AddSingleton<FakeSessionStatus>();
        services.AddSingleton<InMemoryAuditLog>();
        services.AddSingleton<Reports.RecordingPartitionMaintenance>();
        services.AddSingleton<Application.Reports.IPartitionMaintenance>(provider => provider.GetRequiredService<Reports.RecordingPartitionMaintenance>());
        services.AddSingleton<Reports.RecordingReportRollups>();
        services.AddSingleton<Application.Reports.IReportRollups>(provider => provider.GetRequiredService<Reports.RecordingReportRollups>());
        services.AddSingleton<InMemoryOutbox>();
        services.AddSingleton<IOutbox>(provider => provider.GetRequiredService<InMemoryOutbox>());
        services.AddSingleton<Application.Notifications.IUnsubscribeLinks, FixedUnsubscribeLinks>();
        services.Configure<PasswordResetOptions>(options => options.LinkTemplate = "https://app.example.test/reset?token={token}");
        services.AddSingleton<IAuditLog>(provider => provider.GetRequiredService<InMemoryAuditLog>());
        services.AddSingleton<ISessionStatus>(provider => provider.GetRequiredService<FakeSessionStatus>());
        services.AddSingleton<IAccessTokenIssuer, FixedTokenIssuer>();
        services.AddSingleton<IRealtimePublisher>(Realtime);
        services.AddTransient<IRequestHandler<RenameThingCommand, Result<string>>, RenameThingHandler>();
        services.AddTransient<IValidator<RenameThingCommand>, RenameThingValidator>();
        services.AddScoped<IAfterCommitHandler<ThingRenamed>, ThingRenamedEffects>();
        services.AddScoped<IInTransactionHandler<ThingRenamed>, ThingRenamedInTransaction>();
        services.AddTransient<IRequestHandler<ReadThingQuery, Result<string>>, ReadThingHandler>();
        DependencyInjection.AddCachingBehaviors(services, [typeof(ReadThingQuery)]);
        services.Scan(scan => scan.FromAssemblies(typeof(DependencyInjection).Assembly)
            .AddClasses(classes => classes.AssignableTo(typeof(IOutboxConsumer<>)), publicOnly: false)
            .AsImplementedInterfaces(contract => contract.IsGenericType && contract.GetGenericTypeDefinition() == typeof(IOutboxConsumer<>))
            .WithScopedLifetime());
        _provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    public FakeLoggerProvider Logs { get; } = new();

    public HandlerCalls Calls { get; } = new();

    public FakeUnitOfWork UnitOfWork { get; } = new();

    public FixedCurrentUser CurrentUser { get; } = new();

    public RecordingRealtimePublisher Realtime { get; } = new();

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));

    public InMemoryUserRepository Users => Repository<InMemoryUserRepository>();

    public RecordingPasswordHasher PasswordHasher { get; } = new();

    public IServiceProvider Services => _provider;

    /// <summary>The host's in-memory stand-in for a repository port, e.g. <c>Repository&lt;InMemoryUserRepository&gt;()</c>.</summary>
    public TRepository Repository<TRepository>()
        where TRepository : notnull => _provider.GetRequiredService<TRepository>();

    public async Task<Result<TResponse>> SendAsync<TResponse>(IRequest<Result<TResponse>> request)
    {
        await using var scope = _provider.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request, CancellationToken.None);
    }

    /// <summary>
    /// Delivers a message to each of its consumers as the outbox relay does: in a scope and a transaction of its own,
    /// committed through <see cref="ITransactionCommit"/> (so what the consumer raises is handled like a command's).
    /// </summary>
    public async Task DeliverAsync<TMessage>(TMessage message)
        where TMessage : IOutboxMessage
    {
        await using var scope = _provider.CreateAsyncScope();
        foreach (var consumer in scope.ServiceProvider.GetServices<IOutboxConsumer<TMessage>>())
        {
            await UnitOfWork.BeginAsync(CancellationToken.None);
            await consumer.ConsumeAsync(message, new OutboxDelivery(Guid.CreateVersion7(), typeof(TMessage).Name, Clock.GetUtcNow(), null, 1), CancellationToken.None);
            await scope.ServiceProvider.GetRequiredService<ITransactionCommit>().CommitAsync(CancellationToken.None);
        }
    }

    public ValueTask DisposeAsync() => _provider.DisposeAsync();
}
