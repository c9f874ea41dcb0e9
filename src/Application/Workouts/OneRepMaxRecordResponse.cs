namespace Platform.Application.Workouts;

/// <summary>The best estimated one-rep max (Epley: weight × (1 + reps / 30), a single rep is its own weight, sets of up to 12 reps) and the set behind it.</summary>
/// <param name="EstimatedOneRepMax">In the answer's unit, to 2 decimals.</param>
/// <param name="Weight">The set's weight.</param>
/// <param name="Reps">The set's repetitions.</param>
/// <param name="WorkoutId">The workout it belongs to.</param>
/// <param name="SetId">The set.</param>
/// <param name="AchievedAt">When that workout started (UTC).</param>
public sealed record OneRepMaxRecordResponse(decimal EstimatedOneRepMax, decimal Weight, int Reps, Guid WorkoutId, Guid SetId, DateTimeOffset AchievedAt);
