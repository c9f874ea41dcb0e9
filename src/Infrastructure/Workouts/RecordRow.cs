namespace Platform.Infrastructure.Workouts;

/// <summary>
/// One row of the records query: which record (<c>kind</c>), of which exercise, and the set or workout holding it;
/// the <c>last</c> row of an exercise also carries how many exercises the whole list holds (<see cref="Total"/>).
/// </summary>
internal sealed record RecordRow(
    string Kind, Guid ExerciseId, decimal WeightKg, int Reps, decimal VolumeKg, Guid? WorkoutId, Guid? SetId, DateTimeOffset AchievedAt, long? Total);
