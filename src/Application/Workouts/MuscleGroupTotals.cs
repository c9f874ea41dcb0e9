namespace Platform.Application.Workouts;

/// <summary>The working sets whose exercise works the muscle group most (a primary muscle) and their volume.</summary>
public sealed record MuscleGroupTotals(string MuscleGroup, int SetCount, decimal VolumeKg);
