using Platform.Domain.Workouts;

namespace Platform.Application.Workouts;

/// <summary>
/// The bounds of one set that can be checked without its exercise, asked of <see cref="WorkoutSet"/> itself; the
/// domain also checks the weight once converted to kilograms, the half steps of RPE and the category's measures.
/// </summary>
internal static class SetFieldRules
{
    /// <summary>The largest weight in either unit (1000 kg in pounds); the domain refuses more than 1000 kg once converted.</summary>
    public static readonly decimal MaxWeight = Weights.FromKilograms(WorkoutSet.MaxWeightKg, WeightUnit.Lb);

    public static void SetFields<T>(this AbstractValidator<T> validator)
        where T : ISetFields
    {
        validator.RuleFor(set => set.ExerciseId).NotEmpty();
        validator.RuleFor(set => set.Reps).Within(WorkoutSet.RepsBounds);
        validator.RuleFor(set => set.Weight).InclusiveBetween(0, MaxWeight).PrecisionScale(7, Weights.ShownScale, ignoreTrailingZeros: true);
        validator.RuleFor(set => set.DurationSeconds).Within(WorkoutSet.DurationSecondsBounds);
        validator.RuleFor(set => set.DistanceMeters).Within(WorkoutSet.DistanceMetersBounds).PrecisionScale(10, 2, ignoreTrailingZeros: true);
        validator.RuleFor(set => set.Rpe).Within(WorkoutSet.RpeBounds);
    }

    private static IRuleBuilderOptions<T, TValue?> Within<T, TValue>(this IRuleBuilder<T, TValue?> rule, Bounds<TValue> bounds)
        where TValue : struct, IComparable<TValue>, IComparable =>
        rule.InclusiveBetween(bounds.Min, bounds.Max);
}
