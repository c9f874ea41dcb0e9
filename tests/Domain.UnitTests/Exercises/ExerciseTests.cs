using Platform.Domain.Exercises;

namespace Platform.Domain.UnitTests.Exercises;

public sealed class ExerciseTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid Ann = Guid.CreateVersion7();

    [Fact]
    public void A_users_own_exercise_has_one_name_for_both_languages_and_is_visible_to_them_alone()
    {
        var exercise = Exercise.CreateCustom(Ann, "  Sled push ", ExerciseCategory.Cardio, ["quadriceps", "glutes"], ["calves"], "machine", Now).Value;

        Assert.Equal(("Sled push", "Sled push"), (exercise.NameEn, exercise.NameRu));
        Assert.False(exercise.IsCatalogue);
        Assert.True(exercise.IsVisibleTo(Ann));
        Assert.False(exercise.IsVisibleTo(Guid.CreateVersion7()));
    }

    [Fact]
    public void The_catalogues_exercises_are_visible_to_everyone()
    {
        var squat = Exercise.Catalogue(Guid.CreateVersion7(), "Back squat", "Приседания", ExerciseCategory.Strength, ["quadriceps"], [], "barbell", Now);

        Assert.True(squat.IsCatalogue);
        Assert.True(squat.IsVisibleTo(Guid.CreateVersion7()));
    }

    [Theory]
    [InlineData("", "machine", "exercise_name_invalid")]
    [InlineData("Sled push", "spaceship", "exercise_equipment_invalid")]
    public void A_bad_name_or_equipment_is_refused_with_its_code(string name, string equipment, string code)
    {
        var result = Exercise.CreateCustom(Ann, name, ExerciseCategory.Cardio, ["quadriceps"], [], equipment, Now);

        Assert.Equal(code, result.Error!.Code);
    }

    [Theory]
    [InlineData(new string[0], new string[0])]
    [InlineData(new[] { "wings" }, new string[0])]
    [InlineData(new[] { "chest" }, new[] { "chest" })]
    [InlineData(new[] { "chest", "lats", "abs", "calves", "glutes" }, new string[0])]
    public void Muscle_groups_need_one_to_four_known_primary_ones_and_no_overlap(string[] primary, string[] secondary)
    {
        var result = Exercise.CreateCustom(Ann, "Drill", ExerciseCategory.Strength, primary, secondary, "bodyweight", Now);

        Assert.Equal("exercise_muscles_invalid", result.Error!.Code);
    }

    [Fact]
    public void An_undefined_category_is_refused()
    {
        Assert.Equal("exercise_category_invalid", Exercise.CreateCustom(Ann, "Drill", (ExerciseCategory)42, ["abs"], [], "mat", Now).Error!.Code);
    }
}
