using System.Diagnostics.Metrics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Platform.Application.Identity;
using Platform.Domain.Identity;
using Platform.Infrastructure.Persistence;

namespace Platform.Infrastructure.Identity;

/// <summary>
/// The gauge <c>platform.identity.active_sessions</c>: sessions not revoked and seen within the refresh-token lifetime.
/// The database is counted every <see cref="Interval"/> in the background, so a scrape never waits for it; every
/// instance reports the same (global) figure.
/// </summary>
internal sealed partial class ActiveSessionsGauge : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan RetryInterval = TimeSpan.FromSeconds(2);

    private readonly IServiceScopeFactory _scopes;
    private readonly IOptions<SessionOptions> _options;
    private readonly TimeProvider _clock;
    private readonly ILogger<ActiveSessionsGauge> _logger;
    private long? _count;

    public ActiveSessionsGauge(
        IMeterFactory meterFactory, IServiceScopeFactory scopes, IOptions<SessionOptions> options, TimeProvider clock, ILogger<ActiveSessionsGauge> logger)
    {
        _scopes = scopes;
        _options = options;
        _clock = clock;
        _logger = logger;
        meterFactory.Create(IdentityMetrics.MeterName).CreateObservableGauge(
            "platform.identity.active_sessions",
            () => _count is { } count ? [new Measurement<long>(count)] : Array.Empty<Measurement<long>>(),
            description: "Sessions not revoked and used within the refresh-token lifetime, counted every 30 seconds.");
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var delay = Interval;
                try
                {
                    _count = await CountAsync(stoppingToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    // Soon again: at first start the database may still be migrating.
                    LogCountFailed(_logger, exception);
                    delay = RetryInterval;
                }

                await Task.Delay(delay, _clock, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping ends the loop normally (see MailDispatcher).
        }
    }

    private async Task<long> CountAsync(CancellationToken cancellationToken)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var since = _clock.GetUtcNow() - _options.Value.RefreshTokenLifetime;
        return await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().Set<Session>()
            .LongCountAsync(session => session.RevokedAt == null && session.LastSeenAt > since, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Counting active sessions for the metrics failed; retrying at the next interval")]
    private static partial void LogCountFailed(ILogger logger, Exception exception);
}
