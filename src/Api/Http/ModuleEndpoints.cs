using Carter;

namespace Platform.Api.Http;

internal static class ModuleEndpoints
{
    private const string EndpointSuffix = "Endpoint";

    /// <summary>
    /// Registers every <see cref="IEndpoint{TModule}"/> of the Api, so that a module picks up a new endpoint file
    /// without an edit anywhere else.
    /// </summary>
    public static IServiceCollection AddModuleEndpoints(this IServiceCollection services) =>
        services.Scan(scan => scan.FromAssemblyOf<Program>()
            .AddClasses(classes => classes.AssignableTo(typeof(IEndpoint<>)), publicOnly: false)
            .AsImplementedInterfaces()
            .WithSingletonLifetime());

    /// <summary>
    /// Maps the module's endpoints onto <c>/api/v{n}/{prefix}</c> for every version that has any, tagged for the docs.
    /// Each endpoint is named after its class without "Endpoint" (the OpenAPI operation id), with the version appended
    /// when it is mapped on several.
    /// </summary>
    public static void MapModuleEndpoints<TModule>(this IEndpointRouteBuilder app, string tag, string prefix)
        where TModule : ICarterModule
    {
        var endpoints = app.ServiceProvider.GetServices<IEndpoint<TModule>>()
            .OrderBy(endpoint => endpoint.GetType().Name, StringComparer.Ordinal)
            .ToList();
        var api = app.NewVersionedApi(tag);
        foreach (var version in ApiVersions.All)
        {
            var onVersion = endpoints.Where(endpoint => endpoint.Versions.Contains(version)).ToList();
            if (onVersion.Count == 0)
            {
                continue;
            }

            var group = api.MapVersionGroup(prefix, version).WithTags(tag);
            foreach (var endpoint in onVersion)
            {
                endpoint.Map(group).WithName(NameOf(endpoint.GetType(), endpoint.Versions.Count, version));
            }
        }
    }

    private static string NameOf(Type endpointType, int versionCount, ApiVersion version)
    {
        var name = endpointType.Name.EndsWith(EndpointSuffix, StringComparison.Ordinal)
            ? endpointType.Name[..^EndpointSuffix.Length]
            : endpointType.Name;
        return versionCount > 1 ? $"{name}V{version.MajorVersion}" : name;
    }
}
