namespace Platform.Application.Exercises.UpdateExercise;

/// <summary>Replaces the description of one of the caller's own exercises (the catalogue's are read-only).</summary>
public sealed record UpdateExerciseCommand(
    string? Name, string? Category, IReadOnlyList<string>? PrimaryMuscles, IReadOnlyList<string>? SecondaryMuscles, string? Equipment)
    : ICommand<ExerciseResponse>
{
    /// <summary>The exercise, set by the endpoint from the route.</summary>
    public required Guid Id { get; init; }

    /// <summary>The caller, set by the endpoint from the access token; never read from the body.</summary>
    public required Guid OwnerId { get; init; }
}
