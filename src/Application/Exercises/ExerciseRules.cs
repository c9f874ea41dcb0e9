using Platform.Domain.Exercises;

namespace Platform.Application.Exercises;

/// <summary>The rules of an exercise's description that need no database, shared by creating and changing one.</summary>
public static class ExerciseRules
{
    public static IRuleBuilderOptions<T, string?> ValidExerciseName<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(name => name?.Trim() is { Length: > 0 and <= Exercise.NameMaxLength } trimmed && !trimmed.Any(char.IsControl))
            .WithErrorCode(ExercisesErrors.NameInvalid.Code).WithMessage(ExercisesErrors.NameInvalid.Message);

    public static IRuleBuilderOptions<T, string?> ValidExerciseCategory<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(category => ExerciseNames.CategoryFrom(category) is not null)
            .WithErrorCode(ExercisesErrors.CategoryInvalid.Code).WithMessage(ExercisesErrors.CategoryInvalid.Message);

    public static IRuleBuilderOptions<T, IReadOnlyList<string>?> ValidPrimaryMuscles<T>(this IRuleBuilder<T, IReadOnlyList<string>?> rule) =>
        rule.Must(muscles => muscles is { Count: > 0 and <= Exercise.MaxPrimaryMuscles } && muscles.All(MuscleGroups.IsMuscleGroup))
            .WithErrorCode("exercise_primary_muscles_invalid")
            .WithMessage($"1 to {Exercise.MaxPrimaryMuscles} of: {string.Join(", ", MuscleGroups.All)}.");

    public static IRuleBuilderOptions<T, IReadOnlyList<string>?> ValidSecondaryMuscles<T>(this IRuleBuilder<T, IReadOnlyList<string>?> rule) =>
        rule.Must(muscles => muscles is null || (muscles.Count <= Exercise.MaxSecondaryMuscles && muscles.All(MuscleGroups.IsMuscleGroup)))
            .WithErrorCode("exercise_secondary_muscles_invalid")
            .WithMessage($"Up to {Exercise.MaxSecondaryMuscles} of: {string.Join(", ", MuscleGroups.All)}, none of them primary.");

    public static IRuleBuilderOptions<T, string?> ValidEquipment<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(ExerciseEquipment.IsEquipment)
            .WithErrorCode(ExercisesErrors.EquipmentInvalid.Code)
            .WithMessage($"The equipment must be one of: {string.Join(", ", ExerciseEquipment.All)}.");
}
