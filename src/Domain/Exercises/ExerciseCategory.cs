namespace Platform.Domain.Exercises;

/// <summary>What kind of training an exercise is, which decides the measures its sets record.</summary>
public enum ExerciseCategory
{
    /// <summary>Reps and weight.</summary>
    Strength,

    /// <summary>Duration and distance.</summary>
    Cardio,

    /// <summary>Duration (stretches, drills).</summary>
    Mobility,
}
