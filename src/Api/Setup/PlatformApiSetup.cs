using Carter;
using Platform.Application;
using Platform.Infrastructure;

namespace Platform.Api.Setup;

/// <summary>Composes the Api: services first, then the middleware pipeline in the order it runs.</summary>
internal static class PlatformApiSetup
{
    public static WebApplicationBuilder AddPlatformApi(this WebApplicationBuilder builder)
    {
        builder.AddStructuredLogging();
        builder.Services.Configure<HostOptions>(builder.Configuration.GetSection("Host"));

        builder.Services.AddApplication();
        builder.Services.AddInfrastructure(builder.Configuration);

        builder.AddRequestLimits();
        builder.AddJsonContract();
        builder.Services.AddPlatformProblemDetails();
        builder.Services.AddPlatformCors(builder.Configuration);
        builder.Services.AddPlatformForwardedHeaders(builder.Configuration);
        builder.Services.AddPlatformLocalization();
        builder.AddPlatformAuthentication();
        builder.Services.AddAuthRateLimits();
        builder.Services.AddApiRateLimit();
        builder.Services.AddPlatformVersioning(builder.Configuration);
        builder.Services.AddPlatformOpenApi();
        builder.Services.AddPlatformHealthChecks();
        builder.Services.AddPlatformMetrics();
        builder.AddPlatformTracing();
        builder.Services.AddPlatformRealtime(builder.Configuration);
        builder.Services.AddCarter(new DependencyContextAssemblyCatalog(typeof(Program).Assembly), carter => carter.WithEmptyValidators());
        return builder;
    }

    public static WebApplication UsePlatformApi(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseMiddleware<CorrelationIdMiddleware>();
        app.UseRequestLocalization();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<DeclaredBodySizeLimitMiddleware>();
        app.UseMiddleware<RequestTextGuardMiddleware>();

        app.UseCors();
        // Before authentication, so that a 401 or 403 also says what is left of the caller's quota.
        app.UseMiddleware<RateLimitHeadersMiddleware>();
        app.UseAuthentication();
        app.UseMiddleware<CsrfProtectionMiddleware>();
        app.UseAuthorization();
        app.UseMiddleware<UserActivityMiddleware>();
        app.UseRateLimiter();
        app.UseDocsContentSecurityPolicy();

        app.MapPlatformHealthChecks();
        app.MapPlatformMetrics();
        // A worker (Platform:Role) answers health and metrics only; the background work is its job.
        if (PlatformRoles.Of(app.Configuration).ServesApi())
        {
            app.MapJwks();
            app.MapPlatformOpenApi();
            app.MapCarter();
            app.MapPlatformRealtime();
        }
        return app;
    }
}
