namespace Platform.Application.Workouts;

/// <summary>The set that holds a record: its weight (kg, 0 for bodyweight), reps, workout and when that workout started.</summary>
public sealed record RecordSet(decimal WeightKg, int Reps, Guid WorkoutId, Guid SetId, DateTimeOffset AchievedAt);
