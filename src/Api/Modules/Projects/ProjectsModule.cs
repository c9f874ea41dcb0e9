using Carter;

namespace Platform.Api.Modules.Projects;

/// <summary>
/// The Projects module under <c>/api/v{version}/projects</c>. Its endpoints are the
/// <see cref="IEndpoint{TModule}"/> classes beside this one; a version's group exists once an endpoint is on it.
/// </summary>
public sealed class ProjectsModule : ICarterModule
{
    public const string Tag = "Projects";
    public const string RoutePrefix = "projects";

    public void AddRoutes(IEndpointRouteBuilder app) => app.MapModuleEndpoints<ProjectsModule>(Tag, RoutePrefix);
}
