namespace Platform.Application.Workouts.CreateWorkout;

/// <summary>Logs a workout of the caller with its sets, in the order given.</summary>
public sealed record CreateWorkoutCommand(string? Title, string? Notes, DateTimeOffset? StartedAt, DateTimeOffset? EndedAt, IReadOnlyList<SetInput>? Sets)
    : ICommand<WorkoutResponse>
{
    /// <summary>The caller, set by the endpoint from the access token; never read from the body.</summary>
    public required Guid OwnerId { get; init; }
}
