using Carter;

namespace Platform.Api.Modules.Workouts;

/// <summary>The Workouts module (the training diary) under <c>/api/v{version}/workouts</c>. Each route's endpoint is in the file of its name.</summary>
public sealed class WorkoutsModule : ICarterModule
{
    public const string Tag = "Workouts";
    public const string TagDescription = "The training diary: log workouts and their sets, reorder and correct them, and read personal records and statistics in your weight unit and time zone.";
    public const string RoutePrefix = "workouts";

    public void AddRoutes(IEndpointRouteBuilder app)
    {
        var api = app.NewVersionedApi(Tag);

        var v1 = api.MapVersionGroup(RoutePrefix, ApiVersions.V1).WithTags(Tag);
        v1.MapAddWorkoutSet();
        v1.MapCreateWorkout();
        v1.MapDeleteWorkout();
        v1.MapDeleteWorkoutSet();
        v1.MapGetPersonalRecords();
        v1.MapGetWorkout();
        v1.MapGetWorkoutStats();
        v1.MapListPersonalRecords();
        v1.MapListWorkouts();
        v1.MapReorderWorkoutSets();
        v1.MapUpdateWorkout();
        v1.MapUpdateWorkoutSet();
    }
}
