using System.Globalization;
using Platform.Application.Common.Outbox;
using Platform.Application.Exercises.Contracts;
using Platform.Application.Identity.Contracts;
using Platform.Application.Notifications.Contracts;
using Platform.Application.Workouts.Contracts;
using Platform.Domain.Workouts;

namespace Platform.Application.Workouts;

/// <summary>
/// Tells a user when sets they logged or corrected hold their new best estimated one-rep max of an exercise, beating
/// the best of their other sets (a first set of an exercise is no record yet). Weights are in the user's unit.
/// Decided when the message is delivered, from the sets as they are then: a set changed or deleted since counts as it is now.
/// </summary>
internal sealed class WorkoutRecordNotifications(
    IWorkoutRepository workouts, IWorkoutProgressRepository progress, IExerciseCatalog exercises, IUserDirectory users, INotifier notifier)
    : IOutboxConsumer<WorkoutLoggedV1>, IOutboxConsumer<WorkoutSetAddedV1>, IOutboxConsumer<WorkoutSetChangedV1>
{
    public async Task ConsumeAsync(WorkoutLoggedV1 message, OutboxDelivery delivery, CancellationToken cancellationToken)
    {
        if (await workouts.FindAsync(message.WorkoutId, cancellationToken) is { } workout)
        {
            await NotifyRecordsAsync(workout, workout.Sets, cancellationToken);
        }
    }

    public Task ConsumeAsync(WorkoutSetAddedV1 message, OutboxDelivery delivery, CancellationToken cancellationToken) =>
        NotifyRecordOfSetAsync(message.WorkoutId, message.SetId, cancellationToken);

    public Task ConsumeAsync(WorkoutSetChangedV1 message, OutboxDelivery delivery, CancellationToken cancellationToken) =>
        NotifyRecordOfSetAsync(message.WorkoutId, message.SetId, cancellationToken);

    private async Task NotifyRecordOfSetAsync(Guid workoutId, Guid setId, CancellationToken cancellationToken)
    {
        if (await workouts.FindAsync(workoutId, cancellationToken) is { } workout && workout.Sets.FirstOrDefault(set => set.Id == setId) is { } set)
        {
            await NotifyRecordsAsync(workout, [set], cancellationToken);
        }
    }

    private async Task NotifyRecordsAsync(Workout workout, IReadOnlyCollection<WorkoutSet> sets, CancellationToken cancellationToken)
    {
        var counted = sets.Where(Counts).ToList();
        if (counted.Count == 0 || await users.FindAsync(workout.OwnerId, cancellationToken) is not { } owner)
        {
            return;
        }

        var cards = (await exercises.FindVisibleToAsync(owner.Id, [.. counted.Select(set => set.ExerciseId).Distinct()], cancellationToken))
            .ToDictionary(card => card.Id);
        foreach (var ofExercise in counted.GroupBy(set => set.ExerciseId))
        {
            var best = ofExercise.MaxBy(set => OneRepMax.Epley(set.WeightKg!.Value, set.Reps!.Value))!;
            var previous = await progress.BestOneRepMaxExceptAsync(owner.Id, ofExercise.Key, [.. ofExercise.Select(set => set.Id)], cancellationToken);
            var estimate = OneRepMax.Epley(best.WeightKg!.Value, best.Reps!.Value);
            if (previous is null || estimate <= OneRepMax.Epley(previous.WeightKg, previous.Reps) || !cards.TryGetValue(ofExercise.Key, out var card))
            {
                continue;
            }

            await notifier.NotifyAsync(owner.Id, WorkoutNotificationTypes.Record, new Dictionary<string, string>
            {
                ["exercise"] = card.NameEn,
                ["exerciseRu"] = card.NameRu,
                ["weight"] = Weight(best.WeightKg!.Value, owner.WeightUnit),
                ["reps"] = best.Reps!.Value.ToString(CultureInfo.InvariantCulture),
                ["oneRepMax"] = Weight(estimate, owner.WeightUnit),
                ["previous"] = Weight(OneRepMax.Epley(previous.WeightKg, previous.Reps), owner.WeightUnit),
            }, cancellationToken);
        }
    }

    /// <summary>A working set that can estimate a one-rep max: not a warm-up, a weight, 1 to 12 reps.</summary>
    private static bool Counts(WorkoutSet set) =>
        set is { IsWarmUp: false, WeightKg: > 0, Reps: >= 1 and <= OneRepMax.MaxReps };

    private static string Weight(decimal kilograms, WeightUnit unit) =>
        $"{Weights.FromKilograms(kilograms, unit).ToString("0.##", CultureInfo.InvariantCulture)} {(unit == WeightUnit.Lb ? "lb" : "kg")}";
}
