using Mapster;
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
    IReadOnlyList<WeightRecordResponse> MostRepsAtWeight);

internal sealed class PersonalRecordsMapping : IRegister
{
    public void Register(TypeAdapterConfig config)
    {
        config.NewConfig<ExerciseRecords, PersonalRecordsResponse>()
            .Map(response => response.WeightUnit, _ => WeightUnitNames.Of(InWeightUnit.Unit));
        config.NewConfig<RecordSet, WeightRecordResponse>().Map(response => response.Weight, set => InWeightUnit.Shown(set.WeightKg));
        config.NewConfig<RecordSet, OneRepMaxRecordResponse>()
            .Map(response => response.EstimatedOneRepMax, set => InWeightUnit.Shown(OneRepMax.Epley(set.WeightKg, set.Reps)))
            .Map(response => response.Weight, set => InWeightUnit.Shown(set.WeightKg));
        config.NewConfig<RecordVolume, VolumeRecordResponse>().Map(response => response.Volume, volume => InWeightUnit.Shown(volume.VolumeKg));
    }
}
