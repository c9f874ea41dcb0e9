using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Platform.Application.Common.Outbox;

namespace Platform.Infrastructure.Outbox;

internal static class OutboxSetup
{
    /// <summary>
    /// The writer commands use, every consumer of Application and Infrastructure, and the relay, which runs unless
    /// <c>Outbox:RunRelay</c> is false (an instance that leaves delivery to others).
    /// </summary>
    public static IServiceCollection AddOutbox(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.SectionName)
            .Validate(options => options.IsValid,
                "Outbox: PollInterval, Lease, MaxAttempts and FirstRetry must be positive, BatchSize 1 to 1000, and LongestRetry at least FirstRetry.")
            .ValidateOnStart();
        services.AddScoped<IOutbox, OutboxWriter>();
        OutboxConsumers.AddFrom(services, typeof(OutboxMessageCatalog).Assembly, typeof(OutboxSetup).Assembly);
        services.AddSingleton<OutboxRelay>();
        if (configuration.GetValue($"{OutboxOptions.SectionName}:RunRelay", defaultValue: true))
        {
            services.AddHostedService(provider => provider.GetRequiredService<OutboxRelay>());
        }

        return services;
    }
}
