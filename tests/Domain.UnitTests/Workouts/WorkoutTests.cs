using Platform.Domain.Exercises;
using Platform.Domain.Workouts;

namespace Platform.Domain.UnitTests.Workouts;

public sealed class WorkoutTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 18, 0, 0, TimeSpan.Zero);
    private static readonly Guid Ann = Guid.CreateVersion7();
    private static readonly Guid Squat = Guid.CreateVersion7();
    private static readonly Guid Run = Guid.CreateVersion7();

    [Fact]
    public void A_logged_workout_keeps_its_sets_in_the_order_given()
    {
        var workout = Log([Strength(reps: 5, weight: 100m), Strength(reps: 5, weight: 110m), new PlannedSet(Run, ExerciseCategory.Cardio, new SetMeasures(null, null, 1200, 3000m, 6m, false))]).Value;

        Assert.Equal([1, 2, 3], workout.Sets.Select(set => set.Position));
        Assert.Equal([100m, 110m, null], workout.Sets.Select(set => set.WeightKg));
        Assert.Equal(("Legs", Now.AddHours(-2)), (workout.Title, workout.StartedAt));
    }

    [Theory]
    [InlineData(-60, -90, "workout_times_invalid")]
    [InlineData(-60, -60, "workout_times_invalid")]
    [InlineData(-(25 * 60), -30, "workout_times_invalid")]
    [InlineData(10, 70, "workout_in_future")]
    [InlineData(-60, 30, "workout_in_future")]
    public void Start_and_end_must_make_sense(int startMinutes, int endMinutes, string code)
    {
        var result = Workout.Log(Ann, "Legs", null, Now.AddMinutes(startMinutes), Now.AddMinutes(endMinutes), [], Now);

        Assert.Equal(code, result.Error!.Code);
    }

    [Fact]
    public void A_start_a_little_ahead_of_the_server_clock_is_accepted()
    {
        Assert.True(Workout.Log(Ann, null, null, Now.AddMinutes(3), null, [], Now).IsSuccess);
    }

    [Theory]
    [InlineData(null, null, null, null)]
    [InlineData(-1, null, null, null)]
    [InlineData(5, -10.0, null, null)]
    [InlineData(5, 1500.0, null, null)]
    [InlineData(5, 100.0, 11.0, null)]
    [InlineData(5, 100.0, 7.3, null)]
    public void A_strength_set_needs_reps_and_sane_measures(int? reps, double? weight, double? rpe, int? duration)
    {
        var result = Log([new PlannedSet(Squat, ExerciseCategory.Strength, new SetMeasures(reps, (decimal?)weight, duration, null, (decimal?)rpe, false))]);

        Assert.Equal("workout_set_measures_invalid", result.Error!.Code);
    }

    [Fact]
    public void A_cardio_set_needs_a_duration_or_a_distance_and_a_mobility_set_a_duration_or_reps()
    {
        Assert.False(Log([new PlannedSet(Run, ExerciseCategory.Cardio, new SetMeasures(10, null, null, null, null, false))]).IsSuccess);
        Assert.True(Log([new PlannedSet(Run, ExerciseCategory.Cardio, new SetMeasures(null, null, null, 5000m, null, false))]).IsSuccess);
        Assert.False(Log([new PlannedSet(Run, ExerciseCategory.Mobility, new SetMeasures(null, null, null, 100m, null, false))]).IsSuccess);
        Assert.True(Log([new PlannedSet(Run, ExerciseCategory.Mobility, new SetMeasures(null, null, 60, null, 7.5m, true))]).IsSuccess);
    }

    [Fact]
    public void A_workout_holds_at_most_a_hundred_sets()
    {
        Assert.Equal("workout_too_many_sets", Log([.. Enumerable.Repeat(Strength(5, 50m), Workout.MaxSets + 1)]).Error!.Code);
    }

    private static PlannedSet Strength(int reps, decimal weight) => new(Squat, ExerciseCategory.Strength, new SetMeasures(reps, weight, null, null, 8m, false));

    private static Platform.Domain.Common.Result<Workout> Log(IReadOnlyList<PlannedSet> sets) =>
        Workout.Log(Ann, "Legs", "Felt strong", Now.AddHours(-2), Now.AddHours(-1), sets, Now);
}
