namespace Platform.Domain.Exercises;

/// <summary>What an exercise is done with, as clients write it.</summary>
public static class ExerciseEquipment
{
    public static readonly IReadOnlyList<string> All =
    [
        "bodyweight", "barbell", "dumbbell", "kettlebell", "machine", "cable", "band", "pull_up_bar", "bench", "treadmill",
        "bike", "rower", "jump_rope", "mat", "foam_roller",
    ];

    public static bool IsEquipment(string? name) => name is not null && All.Contains(name);
}
