using Platform.Domain.Exercises;

namespace Platform.Domain.Workouts;

/// <summary>One set of a workout: an exercise, its place in the workout and what was done.</summary>
public sealed class WorkoutSet
{
    public const int MaxReps = 1000;
    public const decimal MaxWeightKg = 1000m;
    public const int MaxDurationSeconds = 24 * 60 * 60;
    public const decimal MaxDistanceMeters = 1_000_000m;

    public static readonly Bounds<int> RepsBounds = new(0, MaxReps);
    public static readonly Bounds<decimal> WeightKgBounds = new(0, MaxWeightKg);
    public static readonly Bounds<int> DurationSecondsBounds = new(1, MaxDurationSeconds);

    /// <summary>Whole centimetres: the smallest distance is 0.01 m.</summary>
    public static readonly Bounds<decimal> DistanceMetersBounds = new(0.01m, MaxDistanceMeters);

    /// <summary>Rate of perceived exertion, 1 to 10 in half steps.</summary>
    public static readonly Bounds<decimal> RpeBounds = new(1, 10);

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
        RepsBounds.Allows(measures.Reps)
        && WeightKgBounds.Allows(measures.WeightKg)
        && DurationSecondsBounds.Allows(measures.DurationSeconds)
        && DistanceMetersBounds.Allows(measures.DistanceMeters)
        && RpeBounds.Allows(measures.Rpe) && (measures.Rpe is null || measures.Rpe * 2 == decimal.Truncate(measures.Rpe.Value * 2))
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
