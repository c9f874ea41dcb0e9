using Carter;

namespace Platform.Api.Modules.Exercises;

/// <summary>
/// The Exercises module under <c>/api/v{version}/exercises</c>. Its endpoints are the
/// <see cref="IEndpoint{TModule}"/> classes beside this one; a version's group exists once an endpoint is on it.
/// </summary>
public sealed class ExercisesModule : ICarterModule
{
    public const string Tag = "Exercises";
    public const string RoutePrefix = "exercises";

    public void AddRoutes(IEndpointRouteBuilder app) => app.MapModuleEndpoints<ExercisesModule>(Tag, RoutePrefix);
}
