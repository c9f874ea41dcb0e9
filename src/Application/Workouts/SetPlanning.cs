using Platform.Application.Exercises.Contracts;
using Platform.Domain.Workouts;

namespace Platform.Application.Workouts;

/// <summary>Turns sets as clients send them into the domain's planned sets: exercises the caller may use, weights in kilograms.</summary>
internal static class SetPlanning
{
    /// <param name="exercises">Where the sets' exercises are looked up.</param>
    /// <param name="ownerId">The caller: only the catalogue's and their own exercises are usable.</param>
    /// <param name="inputs">The sets as sent.</param>
    /// <param name="unit">The unit of the sets' weights.</param>
    /// <param name="keptExerciseId">An exercise a replaced set already uses: still usable once archived, so that old sets stay editable.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    public static async Task<Result<IReadOnlyList<PlannedSet>>> PlanAsync(
        IExerciseCatalog exercises, Guid ownerId, IReadOnlyList<SetInput> inputs, WeightUnit unit, Guid? keptExerciseId, CancellationToken cancellationToken)
    {
        var usable = (await exercises.FindVisibleToAsync(ownerId, [.. inputs.Select(set => set.ExerciseId).Distinct()], cancellationToken))
            .Where(exercise => !exercise.IsArchived || exercise.Id == keptExerciseId)
            .ToDictionary(exercise => exercise.Id);
        if (inputs.Any(set => !usable.ContainsKey(set.ExerciseId)))
        {
            return WorkoutsErrors.ExerciseUnavailable;
        }

        return inputs
            .Select(set => new PlannedSet(
                set.ExerciseId,
                usable[set.ExerciseId].Category,
                new SetMeasures(
                    set.Reps, set.Weight is { } weight ? Weights.ToKilograms(weight, unit) : null, set.DurationSeconds, set.DistanceMeters, set.Rpe, set.IsWarmUp)))
            .ToList();
    }
}
