namespace Platform.Application.Exercises.CreateExercise;

/// <summary>Creates an exercise of the caller's own, visible to them alone.</summary>
public sealed record CreateExerciseCommand(
    string? Name, string? Category, IReadOnlyList<string>? PrimaryMuscles, IReadOnlyList<string>? SecondaryMuscles, string? Equipment)
    : ICommand<ExerciseResponse>
{
    /// <summary>The caller, set by the endpoint from the access token; never read from the body.</summary>
    public required Guid OwnerId { get; init; }
}
