using Platform.Application.UnitTests.Exercises;
using Platform.Application.UnitTests.Support;
using Platform.Application.Workouts;
using Platform.Application.Workouts.CreateWorkout;
using Platform.Application.Workouts.GetWorkout;
using Platform.Application.Workouts.ListWorkouts;
using Platform.Domain.Exercises;

namespace Platform.Application.UnitTests.Workouts;

public sealed class WorkoutSlicesTests
{
    private static readonly Guid Ann = Guid.CreateVersion7();
    private static readonly Guid Bob = Guid.CreateVersion7();

    [Fact]
    public async Task A_logged_workout_is_read_back_and_listed_for_its_owner_only()
    {
        await using var host = new PipelineHost();
        var squat = AddCatalogue(host, ExerciseCategory.Strength);
        var start = host.Clock.GetUtcNow().AddHours(-1);

        var created = await host.SendAsync(Command(start, new SetInput(squat.Id, 5, 100m, null, null, 8m)));

        Assert.True(created.IsSuccess);
        Assert.Equal(100m, Assert.Single((await host.SendAsync(new GetWorkoutQuery(created.Value.Id, Ann))).Value.Sets).Weight);
        Assert.Equal("workout_not_found", (await host.SendAsync(new GetWorkoutQuery(created.Value.Id, Bob))).Error!.Code);
        Assert.Equal(1, Assert.Single((await host.SendAsync(new ListWorkoutsQuery(Ann, null, null, 1, 20))).Value.Items).SetCount);
        Assert.Empty((await host.SendAsync(new ListWorkoutsQuery(Bob, null, null, 1, 20))).Value.Items);
    }

    [Fact]
    public async Task A_set_of_someone_elses_or_an_archived_exercise_is_refused_and_nothing_is_saved()
    {
        await using var host = new PipelineHost();
        var bobsOwn = Exercise.CreateCustom(Bob, "Bob's drill", ExerciseCategory.Strength, ["abs"], [], "mat", host.Clock.GetUtcNow()).Value;
        var annsArchived = Exercise.CreateCustom(Ann, "Old drill", ExerciseCategory.Strength, ["abs"], [], "mat", host.Clock.GetUtcNow()).Value;
        annsArchived.SetArchived(Ann, archived: true, host.Clock.GetUtcNow());
        host.Repository<InMemoryExerciseRepository>().Items.AddRange([bobsOwn, annsArchived]);
        var start = host.Clock.GetUtcNow().AddHours(-1);

        var others = await host.SendAsync(Command(start, new SetInput(bobsOwn.Id, 10, null, null, null, null)));
        var archived = await host.SendAsync(Command(start, new SetInput(annsArchived.Id, 10, null, null, null, null)));
        var unknown = await host.SendAsync(Command(start, new SetInput(Guid.CreateVersion7(), 10, null, null, null, null)));

        Assert.All([others, archived, unknown], result => Assert.Equal("workout_exercise_unavailable", result.Error!.Code));
        Assert.Equal(0, host.UnitOfWork.Saves);
    }

    [Fact]
    public async Task A_set_without_the_measures_of_its_category_is_refused()
    {
        await using var host = new PipelineHost();
        var squat = AddCatalogue(host, ExerciseCategory.Strength);

        var result = await host.SendAsync(Command(host.Clock.GetUtcNow().AddHours(-1), new SetInput(squat.Id, null, 100m, 60, null, null)));

        Assert.Equal("workout_set_measures_invalid", result.Error!.Code);
    }

    private static CreateWorkoutCommand Command(DateTimeOffset start, params SetInput[] sets) => new("Legs", null, start, start.AddMinutes(45), sets) { OwnerId = Ann };

    private static Exercise AddCatalogue(PipelineHost host, ExerciseCategory category)
    {
        var exercise = Exercise.Catalogue(Guid.CreateVersion7(), "Back squat", "Приседания", category, ["quadriceps"], [], "barbell", host.Clock.GetUtcNow());
        host.Repository<InMemoryExerciseRepository>().Items.Add(exercise);
        return exercise;
    }
}
