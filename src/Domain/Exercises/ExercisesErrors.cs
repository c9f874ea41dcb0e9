namespace Platform.Domain.Exercises;

/// <summary>The expected failures of the Exercises module, with the codes clients see.</summary>
public static class ExercisesErrors
{
    public static readonly Error NameInvalid =
        Error.Validation("exercise_name_invalid", "The name must be 1 to 100 characters without control characters.");

    public static readonly Error MusclesInvalid =
        Error.Validation("exercise_muscles_invalid", "1 to 4 primary and up to 8 other secondary muscle groups, each one of the listed names.");

    public static readonly Error EquipmentInvalid =
        Error.Validation("exercise_equipment_invalid", "The equipment must be one of the listed names.");

    public static readonly Error CategoryInvalid =
        Error.Validation("exercise_category_invalid", "The category must be strength, cardio or mobility.");

    public static readonly Error CategoryInUse =
        Error.Conflict("exercise_category_in_use", "Logged sets use this exercise, so its category stays; create another exercise instead.");

    public static readonly Error InUse =
        Error.Conflict("exercise_in_use", "Logged sets use this exercise, so it cannot be deleted; archive it instead.");

    public static readonly Error CatalogueReadOnly =
        Error.Forbidden("exercise_read_only", "The catalogue's exercises cannot be changed; create an exercise of your own instead.");

    /// <summary>Also the answer for another user's exercise, so that ids of others cannot be probed.</summary>
    public static readonly Error NotFound =
        Error.NotFound("exercise_not_found", "The exercise does not exist.");
}
