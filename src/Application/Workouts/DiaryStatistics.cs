namespace Platform.Application.Workouts;

/// <summary>What one user did over a range of local days, in kilograms; weeks start on Monday.</summary>
public sealed record DiaryStatistics(
    int WorkoutCount,
    int SetCount,
    decimal VolumeKg,
    Streaks Streaks,
    IReadOnlyList<WeekTotals> Weeks,
    IReadOnlyList<MuscleGroupTotals> MuscleGroups);
