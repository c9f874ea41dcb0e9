using Carter;

namespace Platform.Api.Modules.Exercises;

/// <summary>The Exercises module under <c>/api/v{version}/exercises</c>: the shared catalogue and the caller's own exercises. Each route's endpoint is in the file of its name.</summary>
public sealed class ExercisesModule : ICarterModule
{
    public const string Tag = "Exercises";
    public const string TagDescription = "The training diary's exercises: the shared catalogue (read-only) and your own, which you create, edit, archive and restore.";
    public const string RoutePrefix = "exercises";

    public void AddRoutes(IEndpointRouteBuilder app)
    {
        var api = app.NewVersionedApi(Tag);

        var v1 = api.MapVersionGroup(RoutePrefix, ApiVersions.V1).WithTags(Tag);
        v1.MapArchiveExercise();
        v1.MapCreateExercise();
        v1.MapDeleteExercise();
        v1.MapGetExercise();
        v1.MapListExercises();
        v1.MapRestoreExercise();
        v1.MapUpdateExercise();
    }
}
