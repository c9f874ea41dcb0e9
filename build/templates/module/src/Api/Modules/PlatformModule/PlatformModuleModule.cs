using Carter;

namespace Platform.Api.Modules.PlatformModule;

/// <summary>The PlatformModule module under <c>/api/v{version}/platform-module</c>. Each route's endpoint is in the file of its name.</summary>
public sealed class PlatformModuleModule : ICarterModule
{
    public const string Tag = "PlatformModule";

    /// <summary>What the docs UI and the OpenAPI documents say about this module's routes: say what a client can do here.</summary>
#if (shared)
    public const string TagDescription = "Every user's platformEntity aggregates: list and read them all; create your own, and rename, archive and delete those you own.";
#else
    public const string TagDescription = "The platformEntity aggregates of the signed-in user: create, list, read, rename, archive and delete them.";
#endif
    public const string RoutePrefix = "platform-module";

    public void AddRoutes(IEndpointRouteBuilder app)
    {
        var api = app.NewVersionedApi(Tag);

        var v1 = api.MapVersionGroup(RoutePrefix, ApiVersions.V1).WithTags(Tag);
        // Routes: the line `dotnet new platform-slice` prints for each slice, e.g. v1.MapCreatePlatformEntity();
    }
}
