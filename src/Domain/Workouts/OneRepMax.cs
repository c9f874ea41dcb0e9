namespace Platform.Domain.Workouts;

/// <summary>
/// The estimated one-repetition maximum by Epley's formula, weight × (1 + reps / 30); a single rep is its own weight.
/// The estimate is poor beyond <see cref="MaxReps"/> repetitions, so longer sets do not count for it.
/// </summary>
public static class OneRepMax
{
    public const int MaxReps = 12;

    public static decimal Epley(decimal weight, int reps)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(reps, 1);
        return reps == 1 ? weight : weight * (1 + (reps / 30m));
    }
}
