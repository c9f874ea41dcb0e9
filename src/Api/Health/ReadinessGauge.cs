using System.Diagnostics.Metrics;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Platform.Api.Health;

/// <summary>
/// Publishes the outcome of the readiness checks, which the health check publisher runs every 15 s, as the gauge
/// <c>platform_health_ready</c> (1 ready, 0 not; absent until the first run), so Prometheus can alert on a node that
/// runs but cannot serve. <c>/health/ready</c> answers the same question for load balancers.
/// </summary>
internal sealed class ReadinessGauge : IHealthCheckPublisher
{
    public const string MeterName = "Platform.Health";

    private int _ready = -1;

    public ReadinessGauge(IMeterFactory meterFactory) =>
        meterFactory.Create(MeterName).CreateObservableGauge(
            "platform.health.ready",
            () => Volatile.Read(ref _ready) is var ready and >= 0 ? [new Measurement<int>(ready)] : Array.Empty<Measurement<int>>(),
            description: "1 when the readiness checks (PostgreSQL) pass, 0 when one fails.");

    public Task PublishAsync(HealthReport report, CancellationToken cancellationToken)
    {
        Volatile.Write(ref _ready, report.Status == HealthStatus.Unhealthy ? 0 : 1);
        return Task.CompletedTask;
    }
}
