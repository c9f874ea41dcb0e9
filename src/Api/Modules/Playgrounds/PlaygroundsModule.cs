using Carter;

namespace Platform.Api.Modules.Playgrounds;

/// <summary>The Playgrounds module under <c>/api/v{version}/playgrounds</c>. Each route's endpoint is in the file of its name.</summary>
public sealed class PlaygroundsModule : ICarterModule
{
    public const string Tag = "Playgrounds";

    /// <summary>What the docs UI and the OpenAPI documents say about this module's routes: say what a client can do here.</summary>
    public const string TagDescription = "Places to play: find them by city and sport or nearest first around a point, with their pitches and weekly opening hours in local time; add one, and change it if you created it or moderate.";
    public const string RoutePrefix = "playgrounds";

    public void AddRoutes(IEndpointRouteBuilder app)
    {
        var api = app.NewVersionedApi(Tag);

        var v1 = api.MapVersionGroup(RoutePrefix, ApiVersions.V1).WithTags(Tag);
        v1.MapCreatePlayground();
        v1.MapDeletePlayground();
        v1.MapGetPlayground();
        v1.MapListPlaygrounds();
        v1.MapUpdatePlayground();
    }
}
