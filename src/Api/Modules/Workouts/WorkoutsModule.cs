using Carter;

namespace Platform.Api.Modules.Workouts;

/// <summary>
/// The Workouts module under <c>/api/v{version}/workouts</c>. Its endpoints are the
/// <see cref="IEndpoint{TModule}"/> classes beside this one; a version's group exists once an endpoint is on it.
/// </summary>
public sealed class WorkoutsModule : ICarterModule
{
    public const string Tag = "Workouts";
    public const string RoutePrefix = "workouts";

    public void AddRoutes(IEndpointRouteBuilder app) => app.MapModuleEndpoints<WorkoutsModule>(Tag, RoutePrefix);
}
