using Platform.Application.Exercises.GetExercise;
using Platform.Application.Exercises.ListExercises;
using Platform.Application.UnitTests.Support;
using Platform.Domain.Exercises;

namespace Platform.Application.UnitTests.Exercises;

public sealed class ExerciseSlicesTests
{
    private static readonly Guid Ann = Guid.CreateVersion7();
    private static readonly Guid Bob = Guid.CreateVersion7();

    [Fact]
    public async Task A_user_sees_the_catalogue_and_their_own_exercises_but_not_anyone_elses()
    {
        await using var host = Seeded(out var squat, out var annsOwn, out var bobsOwn);

        var annsList = (await host.SendAsync(new ListExercisesQuery(Ann))).Value;

        Assert.Equal([squat.Id, annsOwn.Id], annsList.Items.Select(item => item.Id));
        Assert.Equal([false, true], annsList.Items.Select(item => item.IsCustom));
        Assert.Equal("exercise_not_found", (await host.SendAsync(new GetExerciseQuery(bobsOwn.Id, Ann))).Error!.Code);
        Assert.Equal("Back squat", (await host.SendAsync(new GetExerciseQuery(squat.Id, Bob))).Value.NameEn);
    }

    [Fact]
    public async Task The_list_filters_by_name_in_either_language_category_muscle_and_equipment()
    {
        await using var host = Seeded(out var squat, out _, out _);

        Assert.Equal([squat.Id], (await host.SendAsync(new ListExercisesQuery(Ann) { Search = "присед" })).Value.Items.Select(item => item.Id));
        Assert.Equal([squat.Id], (await host.SendAsync(new ListExercisesQuery(Ann) { Search = "SQUAT" })).Value.Items.Select(item => item.Id));
        Assert.Single((await host.SendAsync(new ListExercisesQuery(Ann) { Category = "cardio" })).Value.Items);
        Assert.Equal([squat.Id], (await host.SendAsync(new ListExercisesQuery(Ann) { Muscle = "hamstrings" })).Value.Items.Select(item => item.Id));
        Assert.Equal([squat.Id], (await host.SendAsync(new ListExercisesQuery(Ann) { Equipment = "barbell" })).Value.Items.Select(item => item.Id));
    }

    [Theory]
    [InlineData("category", "swimming", null, null)]
    [InlineData("muscle", null, "wings", null)]
    [InlineData("equipment", null, null, "spaceship")]
    public async Task An_unknown_filter_value_is_a_validation_error_naming_it(string field, string? category, string? muscle, string? equipment)
    {
        await using var host = new PipelineHost();

        var result = await host.SendAsync(new ListExercisesQuery(Ann) { Category = category, Muscle = muscle, Equipment = equipment });

        Assert.Contains(field, result.Error!.FieldErrors!.Keys);
    }

    private static PipelineHost Seeded(out Exercise squat, out Exercise annsOwn, out Exercise bobsOwn)
    {
        var host = new PipelineHost();
        var now = host.Clock.GetUtcNow();
        squat = Exercise.Catalogue(Guid.CreateVersion7(), "Back squat", "Приседания со штангой", ExerciseCategory.Strength, ["quadriceps"], ["hamstrings"], "barbell", now);
        annsOwn = Exercise.CreateCustom(Ann, "Sled push", ExerciseCategory.Cardio, ["quadriceps"], [], "machine", now).Value;
        bobsOwn = Exercise.CreateCustom(Bob, "Bob's drill", ExerciseCategory.Mobility, ["calves"], [], "mat", now).Value;
        host.Repository<InMemoryExerciseRepository>().Items.AddRange([squat, annsOwn, bobsOwn]);
        return host;
    }
}
