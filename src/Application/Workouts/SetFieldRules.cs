using Platform.Domain.Workouts;

namespace Platform.Application.Workouts;

/// <summary>The bounds of one set that can be checked without its exercise; the domain checks the category's measures.</summary>
internal static class SetFieldRules
{
    /// <summary>The largest weight in either unit (1000 kg in pounds); the domain refuses more than 1000 kg once converted.</summary>
    public static readonly decimal MaxWeight = Weights.FromKilograms(WorkoutSet.MaxWeightKg, WeightUnit.Lb);

    public static void SetFields<T>(this AbstractValidator<T> validator)
        where T : ISetFields
    {
        validator.RuleFor(set => set.ExerciseId).NotEmpty();
        validator.RuleFor(set => set.Reps).InclusiveBetween(0, WorkoutSet.MaxReps);
        validator.RuleFor(set => set.Weight).InclusiveBetween(0, MaxWeight).PrecisionScale(7, Weights.ShownScale, ignoreTrailingZeros: true);
        validator.RuleFor(set => set.DurationSeconds).InclusiveBetween(1, WorkoutSet.MaxDurationSeconds);
        validator.RuleFor(set => set.DistanceMeters).GreaterThan(0).LessThanOrEqualTo(WorkoutSet.MaxDistanceMeters).PrecisionScale(10, 2, ignoreTrailingZeros: true);
        validator.RuleFor(set => set.Rpe).InclusiveBetween(1, 10);
    }
}
