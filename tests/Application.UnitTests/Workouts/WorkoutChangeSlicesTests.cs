using Platform.Application.UnitTests.Exercises;
using Platform.Application.UnitTests.Support;
using Platform.Application.Workouts.AddWorkoutSet;
using Platform.Application.Workouts.DeleteWorkoutSet;
using Platform.Application.Workouts.ReorderWorkoutSets;
using Platform.Application.Workouts.UpdateWorkout;
using Platform.Application.Workouts.UpdateWorkoutSet;
using Platform.Domain.Common;
using Platform.Domain.Exercises;
using Platform.Domain.Identity;
using Platform.Domain.Workouts;

namespace Platform.Application.UnitTests.Workouts;

/// <summary>The slices that change a logged workout, through the real pipeline over in-memory storage.</summary>
public sealed class WorkoutChangeSlicesTests
{
    private static readonly Guid Bob = Guid.CreateVersion7();

    [Fact]
    public async Task The_owner_updates_details_and_the_change_is_saved_once()
    {
        await using var host = new PipelineHost();
        var (ann, workout, _) = Seed(host);
        host.Clock.Advance(TimeSpan.FromMinutes(5));

        var result = await host.SendAsync(new UpdateWorkoutCommand("Heavy legs", "Notes", workout.StartedAt, workout.StartedAt.AddHours(1)) { Id = workout.Id, OwnerId = ann });

        Assert.Equal(("Heavy legs", host.Clock.GetUtcNow()), (result.Value.Title, result.Value.UpdatedAt));
        Assert.Equal(1, host.UnitOfWork.Saves);
    }

    [Fact]
    public async Task Every_change_of_another_users_workout_is_not_found_and_nothing_is_saved()
    {
        await using var host = new PipelineHost();
        var (_, workout, squat) = Seed(host);
        var set = workout.Sets[0].Id;

        var results = new[]
        {
            (await host.SendAsync(new UpdateWorkoutCommand("Mine", null, workout.StartedAt, null) { Id = workout.Id, OwnerId = Bob })).Error,
            (await host.SendAsync(new AddWorkoutSetCommand(squat.Id, 5, 100m, null, null, null) { Id = workout.Id, OwnerId = Bob })).Error,
            (await host.SendAsync(new UpdateWorkoutSetCommand(squat.Id, 1, 200m, null, null, null) { Id = workout.Id, SetId = set, OwnerId = Bob })).Error,
            (await host.SendAsync(new ReorderWorkoutSetsCommand([set]) { Id = workout.Id, OwnerId = Bob })).Error,
            (await host.SendAsync(new DeleteWorkoutSetCommand(workout.Id, set, Bob))).Error,
        };

        Assert.All(results, error => Assert.Equal(WorkoutsErrors.NotFound, error));
        Assert.Equal(0, host.UnitOfWork.Saves);
        Assert.Equal((5, 100m), (workout.Sets[0].Reps, workout.Sets[0].WeightKg));
    }

    [Fact]
    public async Task Sets_are_written_in_the_owners_unit_and_stored_in_kilograms()
    {
        await using var host = new PipelineHost();
        var (ann, workout, squat) = Seed(host);
        host.Users.Users.Single(user => user.Id == ann).UpdateProfile(null, null, null, WeightUnit.Lb, host.Clock.GetUtcNow());

        var added = await host.SendAsync(new AddWorkoutSetCommand(squat.Id, 3, 315m, null, null, 9m) { Id = workout.Id, OwnerId = ann });

        Assert.Equal(("lb", 315m), (added.Value.WeightUnit, added.Value.Sets[1].Weight));
        Assert.Equal(142.8816m, workout.Sets[1].WeightKg);
        Assert.Equal(220.46m, added.Value.Sets[0].Weight);
    }

    [Fact]
    public async Task A_set_of_another_workout_is_not_found_when_changed_or_deleted()
    {
        await using var host = new PipelineHost();
        var (ann, workout, squat) = Seed(host);
        var elsewhere = Guid.CreateVersion7();

        var changed = await host.SendAsync(new UpdateWorkoutSetCommand(squat.Id, 1, 200m, null, null, null) { Id = workout.Id, SetId = elsewhere, OwnerId = ann });
        var deleted = await host.SendAsync(new DeleteWorkoutSetCommand(workout.Id, elsewhere, ann));

        Assert.Equal(WorkoutsErrors.SetNotFound, changed.Error);
        Assert.Equal(WorkoutsErrors.SetNotFound, deleted.Error);
        Assert.Single(workout.Sets);
    }

    [Fact]
    public async Task Bad_set_fields_and_a_missing_order_are_refused_before_the_handler()
    {
        await using var host = new PipelineHost();
        var (ann, workout, squat) = Seed(host);

        var negative = await host.SendAsync(new AddWorkoutSetCommand(squat.Id, -1, 100.001m, 0, null, 0.5m) { Id = workout.Id, OwnerId = ann });
        var missing = await host.SendAsync(new ReorderWorkoutSetsCommand(null) { Id = workout.Id, OwnerId = ann });

        Assert.Equal(["durationSeconds", "reps", "rpe", "weight"], negative.Error!.FieldErrors!.Keys.Order());
        Assert.Contains("setIds", missing.Error!.FieldErrors!.Keys);
        Assert.Equal(0, host.UnitOfWork.Saves);
    }

    private static (Guid Owner, Workout Workout, Exercise Squat) Seed(PipelineHost host)
    {
        var now = host.Clock.GetUtcNow();
        var user = User.Register(Email.Create($"{Guid.CreateVersion7():N}@example.com").Value, DisplayName.Create("Ann").Value, "hash", now);
        host.Users.Add(user);
        var squat = Exercise.Catalogue(Guid.CreateVersion7(), "Back squat", "Приседания", ExerciseCategory.Strength, ["quadriceps"], [], "barbell", now);
        host.Repository<InMemoryExerciseRepository>().Items.Add(squat);
        var workout = Workout.Log(
            user.Id, "Legs", null, now.AddHours(-2), now.AddHours(-1),
            [new PlannedSet(squat.Id, ExerciseCategory.Strength, new SetMeasures(5, 100m, null, null, null, false))], now).Value;
        host.Repository<InMemoryWorkoutRepository>().Add(workout);
        return (user.Id, workout, squat);
    }
}
