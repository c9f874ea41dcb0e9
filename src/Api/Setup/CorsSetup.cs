namespace Platform.Api.Setup;

internal static class CorsSetup
{
    public const string SectionName = "Cors";

    /// <summary>
    /// Browsers on the origins in <c>Cors:AllowedOrigins</c> (exact, e.g. <c>https://app.example.com</c>) may call the API,
    /// with credentials, the client headers and the CSRF header; none by default. Cookies additionally need the page and
    /// the API on one site (ADR 18).
    /// </summary>
    public static IServiceCollection AddPlatformCors(this IServiceCollection services, IConfiguration configuration)
    {
        var origins = configuration.GetSection($"{SectionName}:AllowedOrigins").Get<string[]>() ?? [];
        return services.AddCors(cors => cors.AddDefaultPolicy(policy =>
        {
            policy.WithOrigins(origins)
                .AllowCredentials()
                .WithMethods("GET", "POST", "PUT", "PATCH", "DELETE")
                .WithHeaders(
                    "Authorization", "Content-Type", "Accept-Language", "If-Match", "If-None-Match",
                    ClientDeviceFilter.AppTypeHeader, ClientDeviceFilter.AppVersionHeader, ClientDeviceFilter.DeviceIdHeader,
                    WebSessionCookies.CsrfHeader, CorrelationIdMiddleware.HeaderName)
                .WithExposedHeaders("Retry-After", "Location", "ETag", "api-supported-versions", CorrelationIdMiddleware.HeaderName)
                .SetPreflightMaxAge(TimeSpan.FromHours(1));
        }));
    }
}
