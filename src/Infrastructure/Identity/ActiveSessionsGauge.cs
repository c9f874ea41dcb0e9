using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Platform.Application.Identity;
using Platform.Domain.Identity;

namespace Platform.Infrastructure.Identity;

/// <summary>
/// The gauge <c>platform.identity.active_sessions</c>: sessions not revoked and seen within the refresh-token lifetime.
/// The database is counted every <see cref="Interval"/> in the background, so a scrape never waits for it; every
/// instance reports the same (global) figure.
/// </summary>
internal sealed class ActiveSessionsGauge : DatabaseLoop
{
    private static readonly TimeSpan CountInterval = TimeSpan.FromSeconds(30);

    private readonly IServiceScopeFactory _scopes;
    private readonly IOptions<SessionOptions> _options;
    private long? _count;

    public ActiveSessionsGauge(
        IMeterFactory meterFactory, IServiceScopeFactory scopes, IOptions<SessionOptions> options, TimeProvider clock, ILogger<ActiveSessionsGauge> logger)
        : base(clock, logger)
    {
        _scopes = scopes;
        _options = options;
        meterFactory.Create(IdentityMetrics.MeterName).CreateObservableGauge(
            "platform.identity.active_sessions",
            () => _count is { } count ? [new Measurement<long>(count)] : Array.Empty<Measurement<long>>(),
            description: "Sessions not revoked and used within the refresh-token lifetime, counted every 30 seconds.");
    }

    protected override TimeSpan Interval => CountInterval;

    /// <summary>Soon again after a failure: at first start the database may still be migrating.</summary>
    protected override TimeSpan RetryAfterFailure => TimeSpan.FromSeconds(2);

    protected override async Task RunOnceAsync(CancellationToken cancellationToken) => _count = await CountAsync(cancellationToken);

    private async Task<long> CountAsync(CancellationToken cancellationToken)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var since = Clock.GetUtcNow() - _options.Value.RefreshTokenLifetime;
        return await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().Set<Session>()
            .LongCountAsync(session => session.RevokedAt == null && session.LastSeenAt > since, cancellationToken);
    }
}
