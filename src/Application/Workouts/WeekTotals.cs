namespace Platform.Application.Workouts;

/// <summary>One week of the range (every week is listed, empty ones too).</summary>
public sealed record WeekTotals(DateOnly WeekStart, int WorkoutCount, int SetCount, decimal VolumeKg);
