using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;
using ZiggyCreatures.Caching.Fusion;
using ZiggyCreatures.Caching.Fusion.Backplane.StackExchangeRedis;
using ZiggyCreatures.Caching.Fusion.Serialization.SystemTextJson;

namespace Platform.Infrastructure.Caching;

/// <summary>
/// FusionCache: memory (L1) always; with <c>ConnectionStrings:Redis</c> also Redis as the distributed level (L2) and
/// as the backplane that tells the other nodes to drop their memory copy of what changed. Redis only ever speeds things
/// up: its errors are logged, never thrown, a call to it gives up after <see cref="RedisTimeout"/>, and after a failure
/// it is skipped for <see cref="CircuitBreakerDuration"/>, so a dead Redis degrades to memory-only instead of failing
/// requests. Fail-safe (serving a stale value when a factory fails) stays off: a factory's failure here is an answer
/// (a project deleted a moment ago), never a reason to serve what was cached before.
/// </summary>
public static class CachingSetup
{
    public const string RedisConnectionStringName = "Redis";
    public static readonly TimeSpan RedisTimeout = TimeSpan.FromMilliseconds(500);
    public static readonly TimeSpan CircuitBreakerDuration = TimeSpan.FromSeconds(10);

    public static IServiceCollection AddPlatformCache(this IServiceCollection services, IConfiguration configuration)
    {
        var redis = configuration.GetConnectionString(RedisConnectionStringName);
        var cache = services.AddFusionCache()
            .WithOptions(options =>
            {
                options.DistributedCacheCircuitBreakerDuration = CircuitBreakerDuration;
                options.BackplaneCircuitBreakerDuration = CircuitBreakerDuration;
                // A failing factory's exception reaches its caller, which logs it (a database outage once, ADR 24).
                options.FactoryErrorsLogLevel = LogLevel.Debug;
            })
            .WithDefaultEntryOptions(options => options.DistributedCacheHardTimeout = RedisTimeout);
        if (string.IsNullOrWhiteSpace(redis))
        {
            return services;
        }

        var connections = new RedisConnections(redis);
        services.AddSingleton(connections);
        cache.WithSerializer(new FusionCacheSystemTextJsonSerializer())
            .WithDistributedCache(new RedisCache(new RedisCacheOptions { ConnectionMultiplexerFactory = connections.CacheAsync }))
            .WithBackplane(new RedisBackplane(new RedisBackplaneOptions { ConnectionMultiplexerFactory = connections.CacheAsync }));
        return services;
    }

    /// <summary>The configured connection, made to keep trying in the background instead of failing start-up when Redis is down.</summary>
    public static ConfigurationOptions RedisOptions(string connectionString)
    {
        var options = ConfigurationOptions.Parse(connectionString);
        options.AbortOnConnectFail = false;
        return options;
    }

    /// <summary>
    /// For SignalR's backplane: while Redis is unreachable a publish fails at once instead of waiting in the client's
    /// backlog, so a push cannot hold a committed command's response back. Its channels are prefixed, apart from the cache's.
    /// </summary>
    internal static ConfigurationOptions FailFastRedisOptions(string connectionString)
    {
        var options = RedisOptions(connectionString);
        options.BacklogPolicy = BacklogPolicy.FailFast;
        options.AsyncTimeout = (int)Math.Min(options.AsyncTimeout, 2_000);
        options.ChannelPrefix = RedisChannel.Literal("platform-signalr");
        return options;
    }

    /// <summary>For the cache levels: besides, a Redis call gives up after <see cref="RedisTimeout"/>.</summary>
    internal static ConfigurationOptions CacheRedisOptions(string connectionString)
    {
        var options = RedisOptions(connectionString);
        options.ConnectTimeout = (int)Math.Min(options.ConnectTimeout, 2_000);
        options.SyncTimeout = (int)Math.Min(options.SyncTimeout, RedisTimeout.TotalMilliseconds);
        options.AsyncTimeout = (int)Math.Min(options.AsyncTimeout, RedisTimeout.TotalMilliseconds);
        return options;
    }
}
