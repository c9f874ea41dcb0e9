namespace Platform.Application.Workouts.UpdateWorkout;

/// <summary>Replaces the title, notes and times of one of the caller's workouts; its sets change through the set routes.</summary>
public sealed record UpdateWorkoutCommand(string? Title, string? Notes, DateTimeOffset? StartedAt, DateTimeOffset? EndedAt)
    : ICommand<WorkoutResponse>
{
    /// <summary>The workout, set by the endpoint from the route.</summary>
    public required Guid Id { get; init; }

    /// <summary>The caller, set by the endpoint from the access token; never read from the body.</summary>
    public required Guid OwnerId { get; init; }
}
