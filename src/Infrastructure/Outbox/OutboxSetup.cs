using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Platform.Application.Common.Outbox;

namespace Platform.Infrastructure.Outbox;

internal static class OutboxSetup
{
    /// <summary>
    /// The writer commands use, every consumer of Application and Infrastructure, and the relay, which runs in the
    /// processes that do the background work (<see cref="PlatformRole"/>).
    /// </summary>
    public static IServiceCollection AddOutbox(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.SectionName)
            .Validate(options => options.IsValid,
                "Outbox: PollInterval, Lease, MaxAttempts and FirstRetry must be positive, BatchSize 1 to 1000, and LongestRetry at least FirstRetry.")
            .ValidateOnStart();
        services.AddScoped<IOutbox, OutboxWriter>();
        services.AddSingleton<OutboxMetrics>();
        OutboxConsumers.AddFrom(services, typeof(OutboxMessageCatalog).Assembly, typeof(OutboxSetup).Assembly);
        services.AddSingleton<OutboxRelay>();
        if (PlatformRoles.Of(configuration).RunsBackgroundWork())
        {
            services.AddHostedService(provider => provider.GetRequiredService<OutboxRelay>());
        }

        return services;
    }
}
