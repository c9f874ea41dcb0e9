using OpenTelemetry.Metrics;
using Platform.Application.Common.Behaviors;

namespace Platform.Api.Setup;

internal static class MetricsSetup
{
    public const string MetricsPath = "/metrics";

    /// <summary>ASP.NET Core, Kestrel, runtime and the pipeline's own instruments, in Prometheus text format.</summary>
    public static IServiceCollection AddPlatformMetrics(this IServiceCollection services)
    {
        services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddAspNetCoreInstrumentation()
            .AddRuntimeInstrumentation()
            .AddMeter(PipelineMetrics.MeterName)
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
