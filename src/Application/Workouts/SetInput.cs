namespace Platform.Application.Workouts;

/// <summary>One set as the client sent it; the weight is in the caller's unit (their profile's <c>weightUnit</c>, kg unless changed).</summary>
public sealed record SetInput(Guid ExerciseId, int? Reps, decimal? Weight, int? DurationSeconds, decimal? DistanceMeters, decimal? Rpe, bool IsWarmUp = false)
    : ISetFields;
