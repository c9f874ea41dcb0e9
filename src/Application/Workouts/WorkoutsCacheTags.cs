namespace Platform.Application.Workouts;

/// <summary>The cache tags of the Workouts module: one per aggregate, one per owner's list.</summary>
public static class WorkoutsCacheTags
{
    public static string For(Guid id) => $"workouts:{id:N}";

    public static string ForOwner(Guid ownerId) => $"workouts:owner:{ownerId:N}";
}
