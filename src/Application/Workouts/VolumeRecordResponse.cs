namespace Platform.Application.Workouts;

/// <summary>The workout with the most volume of one exercise.</summary>
/// <param name="Volume">Weight × reps summed over its working sets of the exercise, in the answer's unit.</param>
/// <param name="WorkoutId">The workout.</param>
/// <param name="AchievedAt">When it started (UTC).</param>
public sealed record VolumeRecordResponse(decimal Volume, Guid WorkoutId, DateTimeOffset AchievedAt);
