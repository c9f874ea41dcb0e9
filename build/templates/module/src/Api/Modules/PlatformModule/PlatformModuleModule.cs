using Carter;

namespace Platform.Api.Modules.PlatformModule;

/// <summary>
/// The PlatformModule module under <c>/api/v{version}/platform-module</c>. Its endpoints are the
/// <see cref="IEndpoint{TModule}"/> classes beside this one; a version's group exists once an endpoint is on it.
/// </summary>
public sealed class PlatformModuleModule : ICarterModule
{
    public const string Tag = "PlatformModule";
    public const string RoutePrefix = "platform-module";

    public void AddRoutes(IEndpointRouteBuilder app) => app.MapModuleEndpoints<PlatformModuleModule>(Tag, RoutePrefix);
}
