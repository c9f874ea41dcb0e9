namespace Platform.Application.Workouts;

/// <summary>The set that holds a record.</summary>
/// <param name="Weight">Its weight in the answer's unit (0 for bodyweight).</param>
/// <param name="Reps">Its repetitions.</param>
/// <param name="WorkoutId">The workout it belongs to.</param>
/// <param name="SetId">The set.</param>
/// <param name="AchievedAt">When that workout started (UTC).</param>
public sealed record WeightRecordResponse(decimal Weight, int Reps, Guid WorkoutId, Guid SetId, DateTimeOffset AchievedAt);
