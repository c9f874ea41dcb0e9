using Platform.Domain.Exercises;

namespace Platform.Application.Exercises;

/// <summary>Categories as clients write and read them: lower-case words.</summary>
public static class ExerciseNames
{
    public static readonly IReadOnlyList<string> Categories = ["strength", "cardio", "mobility"];

    public static string Of(ExerciseCategory category) => category.ToString().ToLowerInvariant();

    public static ExerciseCategory? CategoryFrom(string? name) =>
        name is not null && Categories.Contains(name) && Enum.TryParse<ExerciseCategory>(name, ignoreCase: true, out var category) ? category : null;
}
