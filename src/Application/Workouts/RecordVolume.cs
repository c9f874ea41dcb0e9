namespace Platform.Application.Workouts;

/// <summary>The workout with the most volume (kg × reps of its working sets) of one exercise.</summary>
public sealed record RecordVolume(decimal VolumeKg, Guid WorkoutId, DateTimeOffset AchievedAt);
