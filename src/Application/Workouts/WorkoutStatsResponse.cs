using Platform.Application.Common;

namespace Platform.Application.Workouts;

/// <summary>The caller's training over a range of days in their time zone, computed by the database.</summary>
/// <param name="From">The first day of the range.</param>
/// <param name="To">The last day of the range.</param>
/// <param name="TimeZone">The caller's time zone (IANA id), which decides days and weeks.</param>
/// <param name="WeightUnit">kg or lb: the unit of the volumes.</param>
/// <param name="WorkoutCount">Workouts that started in the range.</param>
/// <param name="SetCount">Their sets, warm-ups included.</param>
/// <param name="Volume">Weight × reps of their working sets (not warm-ups).</param>
/// <param name="Streaks">
/// Runs of consecutive days and weeks with a workout: the longest in the range, and the current one, which reaches the
/// range's last day or the day before (the last week or the week before); a range that ends more than a day ahead has no current run.
/// </param>
/// <param name="Weeks">Every week of the range, empty ones too, in order.</param>
/// <param name="MuscleGroups">Working sets and volume per primary muscle group, the most volume first.</param>
public sealed record WorkoutStatsResponse(
    DateOnly From,
    DateOnly To,
    string TimeZone,
    string WeightUnit,
    int WorkoutCount,
    int SetCount,
    decimal Volume,
    Streaks Streaks,
    IReadOnlyList<WeekStatsResponse> Weeks,
    IReadOnlyList<MuscleGroupStatsResponse> MuscleGroups)
{
    public static WorkoutStatsResponse Of(DiaryStatistics statistics, DateOnly from, DateOnly to, string timeZone, WeightUnit unit) =>
        new(
            from,
            to,
            timeZone,
            WeightUnitNames.Of(unit),
            statistics.WorkoutCount,
            statistics.SetCount,
            Weights.FromKilograms(statistics.VolumeKg, unit),
            statistics.Streaks,
            [.. statistics.Weeks.Select(week => new WeekStatsResponse(week.WeekStart, week.WorkoutCount, week.SetCount, Weights.FromKilograms(week.VolumeKg, unit)))],
            [.. statistics.MuscleGroups.Select(group => new MuscleGroupStatsResponse(group.MuscleGroup, group.SetCount, Weights.FromKilograms(group.VolumeKg, unit)))]);
}
