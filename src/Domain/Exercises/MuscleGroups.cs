namespace Platform.Domain.Exercises;

/// <summary>The muscle groups an exercise works, as clients write them.</summary>
public static class MuscleGroups
{
    public static readonly IReadOnlyList<string> All =
    [
        "chest", "upper_back", "lats", "lower_back", "traps", "shoulders", "biceps", "triceps", "forearms", "abs", "obliques",
        "hip_flexors", "glutes", "quadriceps", "hamstrings", "adductors", "abductors", "calves", "full_body",
    ];

    public static bool IsMuscleGroup(string? name) => name is not null && All.Contains(name);
}
