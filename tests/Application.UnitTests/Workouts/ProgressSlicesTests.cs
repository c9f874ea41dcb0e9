using Platform.Application.UnitTests.Exercises;
using Platform.Application.UnitTests.Support;
using Platform.Application.Workouts.GetPersonalRecords;
using Platform.Application.Workouts.GetWorkoutStats;
using Platform.Application.Workouts.ListPersonalRecords;
using Platform.Domain.Common;
using Platform.Domain.Exercises;
using Platform.Domain.Identity;
using Platform.Domain.Workouts;

namespace Platform.Application.UnitTests.Workouts;

/// <summary>The records and statistics slices: who may read what, the unit of the answer and the range rules.</summary>
public sealed class ProgressSlicesTests
{
    [Fact]
    public async Task Records_are_answered_in_the_owners_unit()
    {
        await using var host = new PipelineHost();
        var (ann, squat) = Seed(host, WeightUnit.Lb);
        Log(host, ann, squat, host.Clock.GetUtcNow().AddDays(-1), (5, 100m), (1, 120m));

        var records = (await host.SendAsync(new GetPersonalRecordsQuery(squat.Id, ann))).Value;

        Assert.Equal("lb", records.WeightUnit);
        Assert.Equal(264.55m, records.Heaviest!.Weight);
        // A single at 120 kg (its own weight) beats Epley on 5 × 100 kg (116.67 kg).
        Assert.Equal((264.55m, 1), (records.BestEstimatedOneRepMax!.EstimatedOneRepMax, records.BestEstimatedOneRepMax.Reps));
        Assert.Equal(Weights.FromKilograms(620m, WeightUnit.Lb), records.BestWorkoutVolume!.Volume);
        Assert.Equal([264.55m, 220.46m], records.MostRepsAtWeight.Select(entry => entry.Weight));
    }

    [Fact]
    public async Task Records_of_an_exercise_someone_else_owns_or_never_done_are_not_found()
    {
        await using var host = new PipelineHost();
        var (ann, squat) = Seed(host, WeightUnit.Kg);
        var bobs = Exercise.CreateCustom(Guid.CreateVersion7(), "Bob's drill", ExerciseCategory.Strength, ["abs"], [], "mat", host.Clock.GetUtcNow()).Value;
        host.Repository<InMemoryExerciseRepository>().Items.Add(bobs);

        Assert.Equal(ExercisesErrors.NotFound, (await host.SendAsync(new GetPersonalRecordsQuery(bobs.Id, ann))).Error);
        Assert.Equal(WorkoutsErrors.NoRecords, (await host.SendAsync(new GetPersonalRecordsQuery(squat.Id, ann))).Error);
        Assert.Equal(0, (await host.SendAsync(new ListPersonalRecordsQuery(ann, 1, 20))).Value.TotalCount);
    }

    [Fact]
    public async Task Statistics_without_a_range_cover_the_84_days_up_to_the_owners_today()
    {
        await using var host = new PipelineHost();
        var (ann, squat) = Seed(host, WeightUnit.Kg);
        Log(host, ann, squat, host.Clock.GetUtcNow().AddDays(-90), (5, 100m));
        Log(host, ann, squat, host.Clock.GetUtcNow().AddDays(-1), (5, 100m));

        var stats = (await host.SendAsync(new GetWorkoutStatsQuery(ann, null, null))).Value;

        var today = DateOnly.FromDateTime(host.Clock.GetUtcNow().UtcDateTime);
        Assert.Equal((today.AddDays(-83), today, 1, 500m), (stats.From, stats.To, stats.WorkoutCount, stats.Volume));
        Assert.Equal((1, 1), (stats.Streaks.CurrentDays, stats.Streaks.LongestDays));
    }

    [Fact]
    public async Task A_range_backwards_or_longer_than_ten_years_is_refused()
    {
        await using var host = new PipelineHost();
        var (ann, _) = Seed(host, WeightUnit.Kg);

        var backwards = await host.SendAsync(new GetWorkoutStatsQuery(ann, new DateOnly(2026, 3, 10), new DateOnly(2026, 3, 1)));
        var tooLong = await host.SendAsync(new GetWorkoutStatsQuery(ann, new DateOnly(2010, 1, 1), new DateOnly(2026, 1, 1)));
        var onlyFromFarBack = await host.SendAsync(new GetWorkoutStatsQuery(ann, new DateOnly(1800, 1, 1), null));

        Assert.Equal("validation_failed", backwards.Error!.Code);
        Assert.Equal("validation_failed", tooLong.Error!.Code);
        Assert.Equal("validation_failed", onlyFromFarBack.Error!.Code);
    }

    private static (Guid Owner, Exercise Squat) Seed(PipelineHost host, WeightUnit unit)
    {
        var now = host.Clock.GetUtcNow();
        var user = User.Register(Email.Create("ann@example.com").Value, DisplayName.Create("Ann").Value, "hash", now);
        user.UpdateProfile(null, null, null, unit, now);
        host.Users.Add(user);
        var squat = Exercise.Catalogue(Guid.CreateVersion7(), "Back squat", "Приседания", ExerciseCategory.Strength, ["quadriceps"], [], "barbell", now);
        host.Repository<InMemoryExerciseRepository>().Items.Add(squat);
        return (user.Id, squat);
    }

    private static void Log(PipelineHost host, Guid owner, Exercise exercise, DateTimeOffset start, params (int Reps, decimal Kg)[] sets) =>
        host.Repository<InMemoryWorkoutRepository>().Add(Workout.Log(
            owner, null, null, start, start.AddHours(1),
            [.. sets.Select(set => new PlannedSet(exercise.Id, exercise.Category, new SetMeasures(set.Reps, set.Kg, null, null, null, false)))],
            host.Clock.GetUtcNow()).Value);
}
