namespace Platform.Application.Workouts;

/// <summary>One exercise's records, in kilograms; each null until a working set with a weight sets it.</summary>
public sealed record ExerciseRecords(
    Guid ExerciseId,
    DateTimeOffset LastPerformedAt,
    RecordSet? Heaviest,
    RecordSet? BestEstimatedOneRepMax,
    RecordVolume? BestWorkoutVolume,
    IReadOnlyList<RecordSet> MostRepsAtWeight);
