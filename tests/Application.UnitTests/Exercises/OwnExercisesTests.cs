using Platform.Application.Exercises.ArchiveExercise;
using Platform.Application.Exercises.CreateExercise;
using Platform.Application.Exercises.ListExercises;
using Platform.Application.Exercises.UpdateExercise;
using Platform.Application.UnitTests.Support;
using Platform.Domain.Exercises;

namespace Platform.Application.UnitTests.Exercises;

public sealed class OwnExercisesTests
{
    private static readonly Guid Ann = Guid.CreateVersion7();

    [Fact]
    public async Task A_created_exercise_shows_in_the_owners_cached_list_at_once()
    {
        await using var host = new PipelineHost();
        Assert.Empty((await host.SendAsync(new ListExercisesQuery(Ann))).Value.Items);

        var created = await host.SendAsync(new CreateExerciseCommand("Sled push", "cardio", ["quadriceps"], null, "machine") { OwnerId = Ann });

        Assert.True(created.IsSuccess);
        Assert.Equal(created.Value.Id, Assert.Single((await host.SendAsync(new ListExercisesQuery(Ann))).Value.Items).Id);
    }

    [Fact]
    public async Task Changing_or_archiving_a_catalogue_exercise_is_refused_and_changes_nothing()
    {
        await using var host = new PipelineHost();
        var squat = Exercise.Catalogue(Guid.CreateVersion7(), "Back squat", "Приседания", ExerciseCategory.Strength, ["quadriceps"], [], "barbell", host.Clock.GetUtcNow());
        host.Repository<InMemoryExerciseRepository>().Items.Add(squat);

        var changed = await host.SendAsync(new UpdateExerciseCommand("Mine", "strength", ["quadriceps"], null, "barbell") { Id = squat.Id, OwnerId = Ann });
        var archived = await host.SendAsync(new ArchiveExerciseCommand(squat.Id, Ann));

        Assert.Equal(("exercise_read_only", "exercise_read_only"), (changed.Error!.Code, archived.Error!.Code));
        Assert.Equal(("Back squat", false), (squat.NameEn, squat.IsArchived));
        Assert.Equal(0, host.UnitOfWork.Saves);
    }

    [Fact]
    public async Task Primary_and_secondary_muscles_may_not_overlap()
    {
        await using var host = new PipelineHost();

        var created = await host.SendAsync(new CreateExerciseCommand("Drill", "strength", ["chest"], ["chest"], "bodyweight") { OwnerId = Ann });

        Assert.Equal("exercise_muscles_invalid", created.Error!.Code);
    }
}
