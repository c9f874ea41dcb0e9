namespace Platform.Application.Workouts;

/// <summary>One set of a workout.</summary>
/// <param name="Id">The set's id.</param>
/// <param name="ExerciseId">Its exercise.</param>
/// <param name="Position">1 for the first set of the workout.</param>
/// <param name="Reps">Repetitions.</param>
/// <param name="Weight">Load in the workout's <c>weightUnit</c>, to 2 decimals.</param>
/// <param name="DurationSeconds">Time under work.</param>
/// <param name="DistanceMeters">Distance.</param>
/// <param name="Rpe">Rate of perceived exertion, 1-10.</param>
/// <param name="IsWarmUp">A warm-up set.</param>
public sealed record WorkoutSetResponse(
    Guid Id, Guid ExerciseId, int Position, int? Reps, decimal? Weight, int? DurationSeconds, decimal? DistanceMeters, decimal? Rpe, bool IsWarmUp);
