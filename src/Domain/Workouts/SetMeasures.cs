namespace Platform.Domain.Workouts;

/// <summary>What one set recorded; which measures a set needs depends on its exercise's category.</summary>
/// <param name="Reps">Repetitions, 0 to 1000.</param>
/// <param name="WeightKg">Load in kilograms, 0 to 1000 (bodyweight exercises may leave it out).</param>
/// <param name="DurationSeconds">Time under work, 1 s to 24 h.</param>
/// <param name="DistanceMeters">Distance, up to 1,000 km.</param>
/// <param name="Rpe">Rate of perceived exertion, 1 to 10 in steps of 0.5.</param>
/// <param name="IsWarmUp">A warm-up set, left out of records.</param>
public sealed record SetMeasures(int? Reps, decimal? WeightKg, int? DurationSeconds, decimal? DistanceMeters, decimal? Rpe, bool IsWarmUp);
