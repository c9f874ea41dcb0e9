using System.Text.Json.Serialization;

namespace Platform.Application.Workouts;

/// <summary>One set as the client sends it; the weight is in the caller's unit (their profile's <c>weightUnit</c>, kg unless changed).</summary>
/// <param name="ExerciseId">An exercise of the catalogue or of your own, not archived.</param>
/// <param name="Reps">Repetitions, 0-1000 (strength needs them).</param>
/// <param name="Weight">Load in your unit, up to 2 decimals: 0-1000 kg (2204.62 lb).</param>
/// <param name="DurationSeconds">Seconds, 1 to 86400 (cardio needs a duration or a distance; mobility a duration or reps).</param>
/// <param name="DistanceMeters">Meters, up to 1,000,000.</param>
/// <param name="Rpe">1 to 10 in steps of 0.5.</param>
/// <param name="IsWarmUp">A warm-up set; left out of records and volume.</param>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record SetInput(Guid ExerciseId, int? Reps, decimal? Weight, int? DurationSeconds, decimal? DistanceMeters, decimal? Rpe, bool IsWarmUp = false)
    : ISetFields;
