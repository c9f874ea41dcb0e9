namespace Platform.Application.Exercises;

/// <summary>The cache tags of the Exercises module: one per exercise, one per user's lists (the catalogue plus their own).</summary>
public static class ExercisesCacheTags
{
    public static string For(Guid id) => $"exercises:{id:N}";

    public static string ForOwner(Guid ownerId) => $"exercises:owner:{ownerId:N}";
}
