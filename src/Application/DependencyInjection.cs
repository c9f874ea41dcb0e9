using Mapster;
using MapsterMapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Platform.Application.Common.Behaviors;
using Platform.Application.Common.Caching;
using Platform.Application.Common.Events;

namespace Platform.Application;

public static class DependencyInjection
{
    /// <summary>
    /// Registers MediatR with every handler of this assembly, the validators, the Mapster mappings, and the
    /// pipeline behaviors in the order they wrap a request (outermost first):
    /// tracing, metrics, logging, the audit of refused administrator actions, validation, unit of work (which hands the domain
    /// events to their handlers: cache invalidation and pushes happen there, after commit), then caching for cached queries.
    /// </summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        var assembly = typeof(DependencyInjection).Assembly;

        services.AddTransient<ServiceFactory>(provider => provider.GetService!);
        services.AddTransient<IMediator, Mediator>();
        services.Scan(scan => scan
            .FromAssemblies(assembly)
            .AddClasses(classes => classes.AssignableTo(typeof(IRequestHandler<,>)), publicOnly: false)
            .AsImplementedInterfaces()
            .WithTransientLifetime());

        services.AddValidatorsFromAssembly(assembly, ServiceLifetime.Singleton, includeInternalTypes: true);

        var mappings = new TypeAdapterConfig();
        mappings.Scan(assembly);
        mappings.Compile();
        services.AddSingleton(mappings);
        services.AddSingleton<IMapper>(new Mapper(mappings));

        // Behaviors without per-request state are singletons: MediatR resolves the whole chain on every Send.
        services.AddSingleton<PipelineMetrics>();
        services.AddSingleton<Identity.IdentityMetrics>();
        services.AddSingleton(typeof(IPipelineBehavior<,>), typeof(TracingBehavior<,>));
        services.AddSingleton(typeof(IPipelineBehavior<,>), typeof(MetricsBehavior<,>));
        services.AddSingleton(typeof(IPipelineBehavior<,>), typeof(LoggingBehavior<,>));
        // The unit of work wraps the admin audit, so the audit record of a refused action is committed by the one owner.
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(UnitOfWorkBehavior<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(AdminActionAuditBehavior<,>));
        services.AddSingleton(typeof(IPipelineBehavior<,>), typeof(ValidationBehavior<,>));
        services.AddScoped<DomainEventDispatcher>();
        services.AddScoped<Common.Persistence.ITransactionCommit, Common.Persistence.TransactionCommit>();
        services.AddSingleton<Common.Outbox.OutboxMessageCatalog>();
        services.Scan(scan => scan
            .FromAssemblies(assembly)
            .AddClasses(classes => classes.AssignableToAny(typeof(IInTransactionHandler<>), typeof(IAfterCommitHandler<>)), publicOnly: false)
            .AsImplementedInterfaces()
            .WithScopedLifetime());
        AddCachingBehaviors(services, assembly.GetTypes());

        services.AddScoped<Identity.SessionTokens>();
        services.AddScoped<Reports.ReportRequests>();
        services.AddScoped<Tournaments.TournamentProgress>();
        // The modules' published contracts (what one module may use of another).
        services.AddScoped<Identity.Contracts.IUserDirectory, Identity.Contracts.UserDirectory>();
        services.AddScoped<Teams.Contracts.ITeamDirectory, Teams.Contracts.TeamDirectory>();
        services.AddScoped<Playgrounds.Contracts.IPlaygroundDirectory, Playgrounds.Contracts.PlaygroundDirectory>();
        services.AddScoped<Matches.Contracts.ITournamentMatches, Matches.TournamentMatches>();
        services.AddScoped<Matches.Contracts.ICompetitions, Tournaments.Competitions>();
        // Tournaments.TeamCommitments answers Teams.Contracts.ITeamCommitments; the handler scan above registers it.
        services.AddScoped<Exercises.Contracts.IExerciseCatalog, Exercises.Contracts.ExerciseCatalog>();
        services.AddScoped<Notifications.Contracts.INotifier, Notifications.Notifier>();
        services.AddScoped<Notifications.Contracts.INotificationSubscribers, Notifications.Contracts.NotificationSubscribers>();
        services.Scan(scan => scan.FromAssemblies(assembly)
            .AddClasses(classes => classes.AssignableTo<Notifications.Contracts.INotificationTypes>(), publicOnly: false)
            .As<Notifications.Contracts.INotificationTypes>()
            .WithSingletonLifetime());
        services.AddSingleton<Notifications.NotificationCatalogue>();
        services.AddSingleton<Notifications.NotificationMetrics>();
        services.AddSingleton<Projects.ProjectMetrics>();
        services.AddSingleton<Workouts.WorkoutMetrics>();
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }

    /// <summary>
    /// The caching behavior is registered once per cached query, closed over its response type: Microsoft's
    /// container cannot close an open generic whose arguments differ from the service's (TResponse vs Result&lt;TResponse&gt;).
    /// </summary>
    internal static void AddCachingBehaviors(IServiceCollection services, IEnumerable<Type> types)
    {
        foreach (var queryType in types.Where(type => type is { IsAbstract: false, IsGenericTypeDefinition: false }))
        {
            var cachedQuery = queryType.GetInterfaces()
                .FirstOrDefault(contract => contract.IsGenericType && contract.GetGenericTypeDefinition() == typeof(ICachedQuery<>));
            if (cachedQuery is null)
            {
                continue;
            }

            var responseType = cachedQuery.GetGenericArguments()[0];
            services.AddSingleton(
                typeof(IPipelineBehavior<,>).MakeGenericType(queryType, typeof(Result<>).MakeGenericType(responseType)),
                typeof(CachingBehavior<,>).MakeGenericType(queryType, responseType));
        }
    }
}
