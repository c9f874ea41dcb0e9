using System.Text.Json.Serialization;

namespace Platform.Application.Exercises.UpdateExercise;

/// <summary>Replaces the description of one of the caller's own exercises (the catalogue's are read-only).</summary>
/// <param name="Name">1 to 100 characters after trimming; serves as the English and the Russian name.</param>
/// <param name="Category">strength, cardio or mobility.</param>
/// <param name="PrimaryMuscles">1 to 4 muscle groups it works most.</param>
/// <param name="SecondaryMuscles">Up to 8 more; none of the primary ones.</param>
/// <param name="Equipment">What it is done with.</param>
public sealed record UpdateExerciseCommand(
    string? Name, string? Category, IReadOnlyList<string>? PrimaryMuscles, IReadOnlyList<string>? SecondaryMuscles, string? Equipment)
    : ICommand<ExerciseResponse>
{
    /// <summary>The exercise, set by the endpoint from the route.</summary>
    [JsonIgnore]
    public Guid Id { get; init; }

    /// <summary>The caller, set by the endpoint from the access token; never read from the body.</summary>
    [JsonIgnore]
    public Guid OwnerId { get; init; }
}
