namespace Platform.Infrastructure.Workouts;

/// <summary>One exercise of a page of the records list, with how many exercises the whole list holds.</summary>
internal sealed record ExercisePageRow(Guid ExerciseId, long Total);
