using Asp.Versioning;
using Platform.Api.Http;

namespace Platform.Api.Setup;

internal static class VersioningSetup
{
    /// <summary>
    /// Versions live in the URL (<c>/api/v1/...</c>). Responses report <c>api-supported-versions</c>; an unknown
    /// version answers 404 (no resource exists at that version) with code <c>api_version_unsupported</c> and
    /// the supported versions (see Http/ProblemDetailsEnricher).
    /// </summary>
    public static IServiceCollection AddPlatformVersioning(this IServiceCollection services)
    {
        services.AddApiVersioning(options =>
            {
                options.DefaultApiVersion = ApiVersions.V1;
                options.ReportApiVersions = true;
                options.ApiVersionReader = new UrlPrefixApiVersionReader();
                options.UnsupportedApiVersionStatusCode = StatusCodes.Status404NotFound;
            })
            .AddApiExplorer(options =>
            {
                options.GroupNameFormat = "'v'V";
            });
        return services;
    }
}
