using Platform.Domain.Exercises;
using Platform.Domain.Workouts;

namespace Platform.Domain.UnitTests.Workouts;

/// <summary>Workouts and own exercises record each real change once; refusals and the catalogue record nothing.</summary>
public sealed class DiaryEventTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 18, 0, 0, TimeSpan.Zero);
    private static readonly Guid Ann = Guid.CreateVersion7();
    private static readonly Guid Bob = Guid.CreateVersion7();
    private static readonly Guid Squat = Guid.CreateVersion7();

    [Fact]
    public void A_workout_records_its_logging_and_every_change_to_it_and_its_sets()
    {
        var workout = Workout.Log(Ann, "Legs", null, Now.AddHours(-2), Now.AddHours(-1), [Set(5)], Now).Value;
        var first = workout.Sets[0].Id;

        var added = workout.AddSet(Set(3), Now).Value;
        workout.ChangeSet(first, Set(4), Now);
        workout.ReorderSets([added.Id, first], Now);
        workout.RemoveSet(first, Now);
        workout.Update("Legs day", null, Now.AddHours(-2), Now.AddHours(-1), Now);
        workout.Delete();

        Assert.Equal(
            [new WorkoutLogged(workout.Id, Ann, 1), new WorkoutSetAdded(workout.Id, Ann, added.Id), new WorkoutSetChanged(workout.Id, Ann, first),
                new WorkoutSetsReordered(workout.Id, Ann), new WorkoutSetRemoved(workout.Id, Ann, first), new WorkoutDetailsUpdated(workout.Id, Ann),
                new WorkoutDeleted(workout.Id, Ann)],
            workout.TakeDomainEvents());
    }

    [Fact]
    public void A_refused_workout_change_records_nothing()
    {
        var workout = Workout.Log(Ann, "Legs", null, Now.AddHours(-2), Now.AddHours(-1), [Set(5)], Now).Value;
        workout.TakeDomainEvents();

        workout.RemoveSet(Guid.CreateVersion7(), Now);
        workout.ReorderSets([], Now);
        workout.Update("Legs", null, Now.AddHours(1), null, Now);

        Assert.Empty(workout.TakeDomainEvents());
    }

    [Fact]
    public void An_own_exercise_records_its_changes_and_archiving_twice_records_once()
    {
        var exercise = Exercise.CreateCustom(Ann, "Sled push", ExerciseCategory.Cardio, ["quadriceps"], [], "machine", Now).Value;

        exercise.Update(Ann, "Sled pull", ExerciseCategory.Cardio, ["quadriceps"], [], "machine", Now);
        exercise.SetArchived(Ann, archived: true, Now);
        exercise.SetArchived(Ann, archived: true, Now);
        exercise.SetArchived(Ann, archived: false, Now);
        exercise.Update(Bob, "Theirs", ExerciseCategory.Cardio, ["quadriceps"], [], "machine", Now);
        exercise.Delete(Bob);
        exercise.Delete(Ann);

        Assert.Equal(
            [new ExerciseCreated(exercise.Id, Ann), new ExerciseUpdated(exercise.Id, Ann), new ExerciseArchived(exercise.Id, Ann),
                new ExerciseRestored(exercise.Id, Ann), new ExerciseDeleted(exercise.Id, Ann)],
            exercise.TakeDomainEvents());
    }

    private static PlannedSet Set(int reps) => new(Squat, ExerciseCategory.Strength, new SetMeasures(reps, 100m, null, null, 8m, false));
}
