using Platform.Application.Exercises.DeleteExercise;
using Platform.Application.UnitTests.Support;
using Platform.Application.UnitTests.Workouts;
using Platform.Domain.Exercises;
using Platform.Domain.Workouts;

namespace Platform.Application.UnitTests.Exercises;

/// <summary>DeleteExercise through the real pipeline over in-memory storage.</summary>
public sealed class DeleteExerciseTests
{
    private static readonly Guid Owner = Guid.CreateVersion7();
    private static readonly Guid SomeoneElse = Guid.CreateVersion7();

    [Fact]
    public async Task The_owner_deletes_an_unused_exercise_of_their_own()
    {
        await using var host = new PipelineHost();
        var exercise = Seed(host, Owner);

        var result = await host.SendAsync(new DeleteExerciseCommand(exercise.Id, Owner));

        Assert.True(result.IsSuccess);
        Assert.Empty(host.Repository<InMemoryExerciseRepository>().Items);
        Assert.Equal(1, host.UnitOfWork.Saves);
    }

    [Fact]
    public async Task Another_users_exercise_is_not_found_and_kept()
    {
        await using var host = new PipelineHost();
        var exercise = Seed(host, SomeoneElse);

        var result = await host.SendAsync(new DeleteExerciseCommand(exercise.Id, Owner));

        Assert.Equal(ExercisesErrors.NotFound, result.Error);
        Assert.Single(host.Repository<InMemoryExerciseRepository>().Items);
    }

    [Fact]
    public async Task An_exercise_used_in_a_logged_set_is_kept_with_the_reason()
    {
        await using var host = new PipelineHost();
        var exercise = Seed(host, Owner);
        var now = host.Clock.GetUtcNow();
        host.Repository<InMemoryWorkoutRepository>().Add(Workout.Log(
            Owner, "Legs", null, now.AddHours(-1), null,
            [new PlannedSet(exercise.Id, ExerciseCategory.Strength, new SetMeasures(8, 40m, null, null, null, false))], now).Value);

        var result = await host.SendAsync(new DeleteExerciseCommand(exercise.Id, Owner));

        Assert.Equal(ExercisesErrors.InUse, result.Error);
        Assert.Single(host.Repository<InMemoryExerciseRepository>().Items);
        Assert.Equal(0, host.UnitOfWork.Saves);
    }

    [Fact]
    public async Task A_catalogue_exercise_is_read_only()
    {
        await using var host = new PipelineHost();
        var catalogue = Exercise.Catalogue(Guid.CreateVersion7(), "Back squat", "Приседания", ExerciseCategory.Strength, ["quadriceps"], [], "barbell", host.Clock.GetUtcNow());
        host.Repository<InMemoryExerciseRepository>().Items.Add(catalogue);

        var result = await host.SendAsync(new DeleteExerciseCommand(catalogue.Id, Owner));

        Assert.Equal(ExercisesErrors.CatalogueReadOnly, result.Error);
    }

    private static Exercise Seed(PipelineHost host, Guid owner)
    {
        var exercise = Exercise.CreateCustom(owner, "Sled push", ExerciseCategory.Strength, ["quadriceps"], [], "machine", host.Clock.GetUtcNow()).Value;
        host.Repository<InMemoryExerciseRepository>().Items.Add(exercise);
        return exercise;
    }
}
