using Platform.Domain.Exercises;

namespace Platform.Domain.Workouts;

/// <summary>One set of a workout: an exercise, its place in the workout and what was done.</summary>
public sealed class WorkoutSet
{
    public const int MaxReps = 1000;
    public const decimal MaxWeightKg = 1000m;
    public const int MaxDurationSeconds = 24 * 60 * 60;
    public const decimal MaxDistanceMeters = 1_000_000m;

    private WorkoutSet(Guid id, Guid exerciseId, int position)
    {
        Id = id;
        ExerciseId = exerciseId;
        Position = position;
    }

    public Guid Id { get; }

    public Guid ExerciseId { get; private set; }

    /// <summary>1 for the first set of the workout.</summary>
    public int Position { get; internal set; }

    public int? Reps { get; private set; }

    public decimal? WeightKg { get; private set; }

    public int? DurationSeconds { get; private set; }

    public decimal? DistanceMeters { get; private set; }

    public decimal? Rpe { get; private set; }

    public bool IsWarmUp { get; private set; }

    internal static WorkoutSet Record(Guid exerciseId, int position, SetMeasures measures, DateTimeOffset now)
    {
        var set = new WorkoutSet(Guid.CreateVersion7(now), exerciseId, position);
        set.Apply(measures);
        return set;
    }

    /// <summary>Whether the measures are sane and fit the category: strength needs reps, cardio a duration or distance, mobility a duration or reps.</summary>
    internal static bool Fits(SetMeasures measures, ExerciseCategory category) =>
        measures.Reps is null or (>= 0 and <= MaxReps)
        && measures.WeightKg is null or (>= 0 and <= MaxWeightKg)
        && measures.DurationSeconds is null or (> 0 and <= MaxDurationSeconds)
        && measures.DistanceMeters is null or (> 0 and <= MaxDistanceMeters)
        && measures.Rpe is null or (>= 1 and <= 10) && (measures.Rpe is null || measures.Rpe * 2 == decimal.Truncate(measures.Rpe.Value * 2))
        && category switch
        {
            ExerciseCategory.Strength => measures.Reps is not null,
            ExerciseCategory.Cardio => measures.DurationSeconds is not null || measures.DistanceMeters is not null,
            _ => measures.DurationSeconds is not null || measures.Reps is not null,
        };

    internal void Change(Guid exerciseId, SetMeasures measures)
    {
        ExerciseId = exerciseId;
        Apply(measures);
    }

    private void Apply(SetMeasures measures) =>
        (Reps, WeightKg, DurationSeconds, DistanceMeters, Rpe, IsWarmUp) =
            (measures.Reps, measures.WeightKg, measures.DurationSeconds, measures.DistanceMeters, measures.Rpe, measures.IsWarmUp);
}
