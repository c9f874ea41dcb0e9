using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Platform.Application.Tracker;

namespace Platform.Infrastructure.Tracker;

internal static class TrackerSetup
{
    /// <summary>The tracker's way out to Jira: one named HTTP client whose every connection passes the SSRF guard.</summary>
    public static IServiceCollection AddTracker(this IServiceCollection services)
    {
        services.AddOptions<JiraOptions>().BindConfiguration(JiraOptions.SectionName)
            .Validate(options => options.IsValid, "Tracker:Jira:Timeout must be positive and Tracker:Jira:AllowedHosts must not hold empty names.")
            .ValidateOnStart();
        services.AddSingleton<IHostResolver, DnsHostResolver>();
        services.AddSingleton<JiraSiteGuard>();
        services.AddHttpClient(JiraProbe.ClientName, (provider, client) => client.Timeout = provider.GetRequiredService<IOptions<JiraOptions>>().Value.Timeout)
            .ConfigurePrimaryHttpMessageHandler(provider => new SocketsHttpHandler
            {
                ConnectCallback = provider.GetRequiredService<JiraSiteGuard>().ConnectAsync,
                AllowAutoRedirect = false,
                UseCookies = false,
                PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            });
        services.AddScoped<IJiraProbe, JiraProbe>();
        return services;
    }
}
