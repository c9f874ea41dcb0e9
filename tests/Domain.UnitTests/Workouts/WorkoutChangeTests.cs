using Platform.Domain.Exercises;
using Platform.Domain.Workouts;

namespace Platform.Domain.UnitTests.Workouts;

public sealed class WorkoutChangeTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 18, 0, 0, TimeSpan.Zero);
    private static readonly Guid Squat = Guid.CreateVersion7();

    [Fact]
    public void An_update_replaces_the_details_keeps_the_sets_and_moves_the_update_time()
    {
        var workout = Logged(2);

        var updated = workout.Update(" Heavy legs ", "Belt", Now.AddHours(-3), Now.AddHours(-2), Now.AddMinutes(1));

        Assert.True(updated.IsSuccess);
        Assert.Equal(("Heavy legs", "Belt", 2, Now.AddMinutes(1)), (workout.Title, workout.Notes, workout.Sets.Count, workout.UpdatedAt));
    }

    [Fact]
    public void A_refused_update_changes_nothing()
    {
        var workout = Logged(1);

        Assert.Equal(WorkoutsErrors.InFuture, workout.Update("Later", null, Now.AddHours(1), null, Now).Error);
        Assert.Equal(WorkoutsErrors.TimesInvalid, workout.Update("Backwards", null, Now.AddHours(-1), Now.AddHours(-2), Now).Error);
        Assert.Equal(("Legs", Now.AddHours(-2), Now), (workout.Title, workout.StartedAt, workout.UpdatedAt));
    }

    [Fact]
    public void An_added_set_goes_last_and_one_that_does_not_fit_is_refused()
    {
        var workout = Logged(2);

        var added = workout.AddSet(Strength(3, 120m), Now);
        var refused = workout.AddSet(new PlannedSet(Squat, ExerciseCategory.Strength, new SetMeasures(null, 120m, null, null, null, false)), Now);

        Assert.Equal(3, added.Value.Position);
        Assert.Equal(WorkoutsErrors.SetMeasuresInvalid, refused.Error);
        Assert.Equal(3, workout.Sets.Count);
    }

    [Fact]
    public void A_full_workout_takes_no_more_sets()
    {
        var workout = Logged(Workout.MaxSets);

        Assert.Equal(WorkoutsErrors.TooManySets, workout.AddSet(Strength(5, 50m), Now).Error);
    }

    [Fact]
    public void A_changed_set_keeps_its_id_and_place()
    {
        var workout = Logged(3);
        var second = workout.Sets[1];

        var changed = workout.ChangeSet(second.Id, Strength(1, 140m), Now);

        Assert.Same(second, changed.Value);
        Assert.Equal((2, 1, 140m), (second.Position, second.Reps, second.WeightKg));
        Assert.Equal(WorkoutsErrors.SetNotFound, workout.ChangeSet(Guid.CreateVersion7(), Strength(1, 140m), Now).Error);
        Assert.Equal(WorkoutsErrors.SetMeasuresInvalid, workout.ChangeSet(second.Id, Strength(-1, 140m), Now).Error);
        Assert.Equal(140m, second.WeightKg);
    }

    [Fact]
    public void Removing_a_set_moves_the_later_ones_up()
    {
        var workout = Logged(4);
        var ids = workout.Sets.Select(set => set.Id).ToList();

        Assert.True(workout.RemoveSet(ids[1], Now).IsSuccess);

        Assert.Equal([ids[0], ids[2], ids[3]], workout.Sets.OrderBy(set => set.Position).Select(set => set.Id));
        Assert.Equal([1, 2, 3], workout.Sets.OrderBy(set => set.Position).Select(set => set.Position));
        Assert.Equal(WorkoutsErrors.SetNotFound, workout.RemoveSet(ids[1], Now).Error);
    }

    [Fact]
    public void Reordering_needs_every_set_exactly_once()
    {
        var workout = Logged(3);
        var ids = workout.Sets.Select(set => set.Id).ToList();

        Assert.Equal(WorkoutsErrors.SetOrderInvalid, workout.ReorderSets([ids[0], ids[1]], Now).Error);
        Assert.Equal(WorkoutsErrors.SetOrderInvalid, workout.ReorderSets([ids[0], ids[0], ids[1]], Now).Error);
        Assert.Equal(WorkoutsErrors.SetOrderInvalid, workout.ReorderSets([ids[0], ids[1], Guid.CreateVersion7()], Now).Error);
        Assert.Equal([1, 2, 3], workout.Sets.Select(set => set.Position));

        Assert.True(workout.ReorderSets([ids[2], ids[0], ids[1]], Now).IsSuccess);
        Assert.Equal([ids[2], ids[0], ids[1]], workout.Sets.OrderBy(set => set.Position).Select(set => set.Id));
    }

    private static Workout Logged(int sets) =>
        Workout.Log(Guid.CreateVersion7(), "Legs", null, Now.AddHours(-2), Now.AddHours(-1), [.. Enumerable.Range(1, sets).Select(index => Strength(5, 50m + index))], Now).Value;

    private static PlannedSet Strength(int reps, decimal weight) => new(Squat, ExerciseCategory.Strength, new SetMeasures(reps, weight, null, null, null, false));
}
