using Platform.Application.Common;
using Platform.Domain.Workouts;

namespace Platform.Application.Workouts;

/// <summary>
/// One exercise's personal records over the caller's working sets (not warm-ups, at least one rep), as the sets are now.
/// Ties go to the first set to reach a record.
/// </summary>
/// <param name="ExerciseId">The exercise.</param>
/// <param name="WeightUnit">kg or lb: the unit of every weight and volume here (the caller's profile setting).</param>
/// <param name="LastPerformedAt">When the latest workout with a working set of it started (UTC).</param>
/// <param name="Heaviest">The heaviest weight lifted (most reps breaks a tie); null for bodyweight-only work.</param>
/// <param name="BestEstimatedOneRepMax">The best estimated one-rep max.</param>
/// <param name="BestWorkoutVolume">The workout with the most volume of it.</param>
/// <param name="MostRepsAtWeight">For each weight lifted, the set with the most reps, heaviest first; only on the single exercise's route.</param>
public sealed record PersonalRecordsResponse(
    Guid ExerciseId,
    string WeightUnit,
    DateTimeOffset LastPerformedAt,
    WeightRecordResponse? Heaviest,
    OneRepMaxRecordResponse? BestEstimatedOneRepMax,
    VolumeRecordResponse? BestWorkoutVolume,
    IReadOnlyList<WeightRecordResponse> MostRepsAtWeight)
{
    public static PersonalRecordsResponse From(ExerciseRecords records, WeightUnit unit)
    {
        WeightRecordResponse Shown(RecordSet set) =>
            new(Weights.FromKilograms(set.WeightKg, unit), set.Reps, set.WorkoutId, set.SetId, set.AchievedAt);

        return new PersonalRecordsResponse(
            records.ExerciseId,
            WeightUnitNames.Of(unit),
            records.LastPerformedAt,
            records.Heaviest is { } heaviest ? Shown(heaviest) : null,
            records.BestEstimatedOneRepMax is { } best
                ? new OneRepMaxRecordResponse(
                    Weights.FromKilograms(OneRepMax.Epley(best.WeightKg, best.Reps), unit), Weights.FromKilograms(best.WeightKg, unit), best.Reps,
                    best.WorkoutId, best.SetId, best.AchievedAt)
                : null,
            records.BestWorkoutVolume is { } volume
                ? new VolumeRecordResponse(Weights.FromKilograms(volume.VolumeKg, unit), volume.WorkoutId, volume.AchievedAt)
                : null,
            [.. records.MostRepsAtWeight.Select(Shown)]);
    }
}
