namespace Platform.Api.Setup;

internal static class VersioningSetup
{
    /// <summary>
    /// Versions live in the URL (<c>/api/v1/...</c>). Responses report <c>api-supported-versions</c>; an unknown
    /// version answers 404 (no resource exists at that version) with code <c>api_version_unsupported</c> and
    /// the supported versions (see Http/ProblemDetailsEnricher). Deprecations come from configuration
    /// (<see cref="ApiDeprecation"/>), per module API and version, through the library's deprecation and sunset policies.
    /// </summary>
    public static IServiceCollection AddPlatformVersioning(this IServiceCollection services, IConfiguration configuration)
    {
        var deprecations = configuration.GetSection(ApiDeprecation.SectionName).Get<ApiDeprecation[]>() ?? [];
        if (deprecations.FirstOrDefault(deprecation => !deprecation.IsValid) is { } invalid)
        {
            throw new InvalidOperationException(
                $"{ApiDeprecation.SectionName}: '{invalid.Api}' v{invalid.Version} needs an API name, a version, a sunset after the deprecation, and an absolute Link (or none).");
        }

        services.AddApiVersioning(options =>
            {
                options.DefaultApiVersion = ApiVersions.V1;
                options.ReportApiVersions = true;
                options.ApiVersionReader = new UrlPrefixApiVersionReader();
                options.UnsupportedApiVersionStatusCode = StatusCodes.Status404NotFound;
                foreach (var deprecation in deprecations)
                {
                    var version = new ApiVersion(deprecation.Version);
                    var deprecate = options.Policies.Deprecate(deprecation.Api, version).Effective(deprecation.DeprecatedAt);
                    var sunset = deprecation.SunsetAt is { } sunsetAt ? options.Policies.Sunset(deprecation.Api, version).Effective(sunsetAt) : null;
                    if (deprecation.Link is { Length: > 0 } link)
                    {
                        deprecate.Link(link);
                        sunset?.Link(link);
                    }
                }
            })
            .AddApiExplorer(options =>
            {
                options.GroupNameFormat = "'v'V";
            });
        return services;
    }
}
