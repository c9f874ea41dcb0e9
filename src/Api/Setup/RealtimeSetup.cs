using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.StackExchangeRedis;
using Platform.Api.Realtime;
using Platform.Application.Common.Realtime;
using Platform.Infrastructure.Caching;

namespace Platform.Api.Setup;

internal static class RealtimeSetup
{
    /// <summary>SignalR for the notifications hub; with <c>ConnectionStrings:Redis</c>, its Redis backplane, so a push reaches clients on any node.</summary>
    public static IServiceCollection AddPlatformRealtime(this IServiceCollection services, IConfiguration configuration)
    {
        var signalR = services.AddSignalR();
        if (configuration.GetConnectionString(CachingSetup.RedisConnectionStringName) is { Length: > 0 })
        {
            signalR.AddStackExchangeRedis();
            services.AddOptions<RedisOptions>().Configure<RedisConnections>((options, connections) =>
                options.ConnectionFactory = async _ => await connections.RealtimeAsync());
        }

        services.AddSingleton<IUserIdProvider, SubjectUserIdProvider>();
        services.AddSingleton<HubConnections>();
        services.AddHostedService<HubSessionMonitor>();
        services.AddSingleton<IRealtimePublisher, SignalRRealtimePublisher>();
        return services;
    }

    /// <summary>Connections end when their access token expires (15 minutes): the client reconnects with a fresh one, and a revoked session cannot.</summary>
    public static void MapPlatformRealtime(this IEndpointRouteBuilder app) =>
        app.MapHub<NotificationsHub>(NotificationsHub.Path, hub => hub.CloseOnAuthenticationExpiration = true);
}
