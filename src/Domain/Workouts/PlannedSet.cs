using Platform.Domain.Exercises;

namespace Platform.Domain.Workouts;

/// <summary>A set as a client sends it, with the category of its exercise (looked up by the caller) to check its measures against.</summary>
public sealed record PlannedSet(Guid ExerciseId, ExerciseCategory Category, SetMeasures Measures);
