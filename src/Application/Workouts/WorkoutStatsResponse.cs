using Mapster;
using MapsterMapper;
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
    IReadOnlyList<MuscleGroupStatsResponse> MuscleGroups);

/// <summary>Statistics map for the range and time zone they were computed over, in the owner's weight unit (ADR 30).</summary>
internal static class StatisticsRange
{
    private const string FromParameter = "from";
    private const string ToParameter = "to";
    private const string TimeZoneParameter = "timeZone";

    public static DateOnly From => (DateOnly)MapContext.Current!.Parameters[FromParameter];

    public static DateOnly To => (DateOnly)MapContext.Current!.Parameters[ToParameter];

    public static string TimeZone => (string)MapContext.Current!.Parameters[TimeZoneParameter];

    public static WorkoutStatsResponse MapIn(
        this IMapper mapper, DiaryStatistics statistics, WeightUnit unit, DateOnly from, DateOnly to, string timeZone) =>
        mapper.From(statistics).In(unit)
            .AddParameters(FromParameter, from).AddParameters(ToParameter, to).AddParameters(TimeZoneParameter, timeZone)
            .AdaptToType<WorkoutStatsResponse>();
}

internal sealed class WorkoutStatsMapping : IRegister
{
    public void Register(TypeAdapterConfig config)
    {
        config.NewConfig<DiaryStatistics, WorkoutStatsResponse>()
            .Map(response => response.From, _ => StatisticsRange.From)
            .Map(response => response.To, _ => StatisticsRange.To)
            .Map(response => response.TimeZone, _ => StatisticsRange.TimeZone)
            .Map(response => response.WeightUnit, _ => WeightUnitNames.Of(InWeightUnit.Unit))
            .Map(response => response.Volume, statistics => InWeightUnit.Shown(statistics.VolumeKg));
        config.NewConfig<WeekTotals, WeekStatsResponse>().Map(response => response.Volume, week => InWeightUnit.Shown(week.VolumeKg));
        config.NewConfig<MuscleGroupTotals, MuscleGroupStatsResponse>().Map(response => response.Volume, group => InWeightUnit.Shown(group.VolumeKg));
    }
}
