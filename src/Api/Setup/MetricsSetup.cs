using OpenTelemetry.Metrics;
using Platform.Application.Common.Behaviors;
using Platform.Application.Identity;
using Platform.Application.Notifications;
using Platform.Infrastructure.Jobs;
using Platform.Infrastructure.Outbox;

namespace Platform.Api.Setup;

internal static class MetricsSetup
{
    public const string MetricsPath = "/metrics";

    /// <summary>
    /// HTTP server, Kestrel, exceptions, runtime, the pipeline's, identity's, notifications', the outbox's and the job
    /// engine's instruments (docs/observability.md), in Prometheus text format.
    /// The framework's routing, authentication and authorization meters are left out: they record on every
    /// request and add nothing the request duration histogram does not already show.
    /// </summary>
    public static IServiceCollection AddPlatformMetrics(this IServiceCollection services)
    {
        services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter("Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "Microsoft.AspNetCore.Diagnostics")
            .AddRuntimeInstrumentation()
            .AddMeter(PipelineMetrics.MeterName, IdentityMetrics.MeterName, NotificationMetrics.MeterName, OutboxMetrics.MeterName, JobMetrics.MeterName)
            .AddPrometheusExporter());
        return services;
    }

    /// <summary>Anonymous so Prometheus can scrape it; keep it on an internal network in production (docs/operations.md).</summary>
    public static WebApplication MapPlatformMetrics(this WebApplication app)
    {
        app.MapPrometheusScrapingEndpoint(MetricsPath).AllowAnonymous();
        return app;
    }
}
