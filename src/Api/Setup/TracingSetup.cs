using System.Reflection;
using Npgsql;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Platform.Infrastructure.Caching;
using Platform.Application.Common;
using ZiggyCreatures.Caching.Fusion;

namespace Platform.Api.Setup;

internal static class TracingSetup
{
    /// <summary>
    /// OpenTelemetry tracing of requests (ASP.NET Core, not the health and metrics probes), outgoing HTTP, PostgreSQL
    /// (Npgsql: the SQL text, never parameter values), SignalR hub calls, FusionCache's calls to its Redis level and
    /// backplane, every Redis command (by name, never keys or values), and the
    /// platform's own spans (MediatR
    /// requests, validation, commits, outbox deliveries in the writer's trace). An exporter runs only when the standard
    /// <c>OTEL_EXPORTER_OTLP_*</c> variables name an endpoint. The resource always carries the service's version,
    /// environment and instance id.
    /// </summary>
    public static WebApplicationBuilder AddPlatformTracing(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var version = typeof(TracingSetup).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource
                .AddService(
                    serviceName: configuration["OTEL_SERVICE_NAME"] is { Length: > 0 } name ? name : "platform",
                    serviceVersion: version,
                    serviceInstanceId: $"{Environment.MachineName}-{Environment.ProcessId}")
                .AddAttributes([new("deployment.environment.name", builder.Environment.EnvironmentName)]))
            .WithTracing(tracing =>
            {
                tracing
                    // FusionCache's Redis level and backplane, where a cache call leaves the process; a memory hit is
                    // the MediatR span's platform.cache.hit tag rather than a span of its own (docs/benchmarks.md).
                    .AddSource(Tracing.SourceName, "Microsoft.AspNetCore.SignalR.Server")
                    .AddSource(FusionCacheDiagnostics.ActivitySourceNameDistributedLevel, FusionCacheDiagnostics.ActivitySourceNameBackplane)
                    .AddNpgsql()
                    // Every command on the process's Redis connections, named by the command only (keys hold user ids).
                    .AddRedisInstrumentation(options => options.FlushInterval = RedisFlushInterval(configuration))
                    .ConfigureRedisInstrumentation((services, redis) =>
                        services.GetService<RedisConnections>()?.Watch((name, connection) => redis.AddConnection(name, connection)))
                    .AddAspNetCoreInstrumentation(options => options.Filter = context =>
                        !context.Request.Path.StartsWithSegments("/health") && !context.Request.Path.StartsWithSegments(MetricsSetup.MetricsPath))
                    .AddHttpClientInstrumentation();
                if (ExporterConfigured(configuration))
                {
                    tracing.AddOtlpExporter();
                }
            });
        return builder;
    }

    /// <summary>How often the Redis commands profiled become spans (<c>Tracing:RedisFlushInterval</c>, 10 s by default).</summary>
    private static TimeSpan RedisFlushInterval(ConfigurationManager configuration) =>
        configuration.GetValue("Tracing:RedisFlushInterval", TimeSpan.FromSeconds(10));

    private static bool ExporterConfigured(ConfigurationManager configuration) =>
        !string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]) || !string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_TRACES_ENDPOINT"]);
}
