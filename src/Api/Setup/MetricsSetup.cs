using Npgsql;
using OpenTelemetry.Metrics;
using Platform.Api.Health;
using Platform.Application.Common.Behaviors;
using Platform.Application.Identity;
using Platform.Application.Notifications;
using Platform.Application.Projects;
using Platform.Application.Workouts;
using Platform.Infrastructure.Jobs;
using Platform.Infrastructure.Outbox;
using ZiggyCreatures.Caching.Fusion;

namespace Platform.Api.Setup;

internal static class MetricsSetup
{
    public const string MetricsPath = "/metrics";

    /// <summary>
    /// HTTP server, Kestrel, exceptions, runtime, the pipeline's, the modules', notifications', the outbox's, the
    /// job engine's and readiness instruments, PostgreSQL's connection pool (Npgsql) and FusionCache's hits and misses (docs/observability.md), in Prometheus text format.
    /// The framework's routing, authentication and authorization meters are left out: they record on every
    /// request and add nothing the request duration histogram does not already show.
    /// </summary>
    public static IServiceCollection AddPlatformMetrics(this IServiceCollection services)
    {
        services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter("Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "Microsoft.AspNetCore.Diagnostics")
            .AddRuntimeInstrumentation()
            .AddMeter(PipelineMetrics.MeterName, IdentityMetrics.MeterName, ProjectMetrics.MeterName, WorkoutMetrics.MeterName)
            .AddMeter(NotificationMetrics.MeterName, OutboxMetrics.MeterName, JobMetrics.MeterName, ReadinessGauge.MeterName)
            .AddNpgsqlInstrumentation()
            .AddMeter(FusionCacheDiagnostics.MeterName)
            .AddPrometheusExporter());
        return services;
    }

    /// <summary>The management port Production serves <c>/metrics</c> on unless <c>Metrics:Port</c> names another.</summary>
    public const int ProductionManagementPort = 9464;

    /// <summary>
    /// Anonymous so Prometheus can scrape it, and answered only on the management port (<c>Metrics:Port</c>; in
    /// Production 9464 by default) when there is one: the process listens there too (add it to the URLs), and the
    /// public port answers 404, so the metrics stay on the internal network (docs/operations.md).
    /// </summary>
    public static WebApplication MapPlatformMetrics(this WebApplication app)
    {
        var scraping = app.MapPrometheusScrapingEndpoint(MetricsPath).AllowAnonymous();
        var port = app.Configuration.GetValue<int?>("Metrics:Port") ?? (app.Environment.IsProduction() ? ProductionManagementPort : null);
        if (port is { } managementPort)
        {
            scraping.RequireHost($"*:{managementPort}");
        }

        return app;
    }
}
