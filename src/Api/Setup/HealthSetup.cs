using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Platform.Api.Health;
using Platform.Infrastructure.Persistence;

namespace Platform.Api.Setup;

internal static class HealthSetup
{
    private const string ReadyTag = "ready";

    public static IServiceCollection AddPlatformHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks().AddDbContextCheck<PlatformDbContext>("postgresql", tags: [ReadyTag]);
        services.Configure<HealthCheckPublisherOptions>(options =>
        {
            options.Predicate = check => check.Tags.Contains(ReadyTag);
            options.Period = TimeSpan.FromSeconds(15);
        });
        services.AddSingleton<IHealthCheckPublisher, ReadinessGauge>();
        return services;
    }

    /// <summary>
    /// <c>/health/live</c>: the process answers (no dependencies checked). <c>/health/ready</c>: it can serve,
    /// PostgreSQL included; 503 when a check fails. <c>/health</c> answers like <c>ready</c>, for monitors and clients
    /// that expect the single path.
    /// </summary>
    public static WebApplication MapPlatformHealthChecks(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteJsonAsync })
            .AllowAnonymous();
        var ready = new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag), ResponseWriter = WriteJsonAsync };
        app.MapHealthChecks("/health/ready", ready).AllowAnonymous();
        app.MapHealthChecks("/health", ready).AllowAnonymous();
        return app;
    }

    private static Task WriteJsonAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        return JsonSerializer.SerializeAsync(context.Response.Body, new
        {
            status = report.Status.ToString(),
            durationMs = report.TotalDuration.TotalMilliseconds,
            checks = report.Entries.ToDictionary(
                entry => entry.Key,
                entry => new { status = entry.Value.Status.ToString(), durationMs = entry.Value.Duration.TotalMilliseconds }),
        }, cancellationToken: context.RequestAborted);
    }
}
