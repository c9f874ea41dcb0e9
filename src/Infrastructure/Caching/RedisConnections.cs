using StackExchange.Redis;

namespace Platform.Infrastructure.Caching;

/// <summary>
/// The process's Redis connections, each made on first use: one for the cache (its distributed level and backplane share
/// it, a call giving up after <see cref="CachingSetup.RedisTimeout"/>), one for the realtime backplane (a publish fails at
/// once while Redis is unreachable). Whoever watches (the tracing's Redis instrumentation) is told of each connection,
/// so every command sent on it becomes a span.
/// </summary>
public sealed class RedisConnections : IAsyncDisposable
{
    public const string CacheName = "cache";
    public const string RealtimeName = "realtime";

    private readonly Lazy<Task<IConnectionMultiplexer>> _cache;
    private readonly Lazy<Task<IConnectionMultiplexer>> _realtime;
    private readonly List<Action<string, IConnectionMultiplexer>> _watchers = [];
    private readonly Dictionary<string, IConnectionMultiplexer> _made = [];

    public RedisConnections(string connectionString)
    {
        _cache = new(() => ConnectAsync(CacheName, CachingSetup.CacheRedisOptions(connectionString)));
        _realtime = new(() => ConnectAsync(RealtimeName, CachingSetup.FailFastRedisOptions(connectionString)));
    }

    public Task<IConnectionMultiplexer> CacheAsync() => _cache.Value;

    public Task<IConnectionMultiplexer> RealtimeAsync() => _realtime.Value;

    /// <summary>Calls <paramref name="watcher"/> with each connection made so far and each one made from now on.</summary>
    public void Watch(Action<string, IConnectionMultiplexer> watcher)
    {
        lock (_watchers)
        {
            _watchers.Add(watcher);
            foreach (var (name, connection) in _made)
            {
                watcher(name, connection);
            }
        }
    }

    private async Task<IConnectionMultiplexer> ConnectAsync(string name, ConfigurationOptions options)
    {
        var connection = await ConnectionMultiplexer.ConnectAsync(options);
        lock (_watchers)
        {
            _made[name] = connection;
            foreach (var watcher in _watchers)
            {
                watcher(name, connection);
            }
        }

        return connection;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var connection in _made.Values)
        {
            await connection.DisposeAsync();
        }
    }
}
