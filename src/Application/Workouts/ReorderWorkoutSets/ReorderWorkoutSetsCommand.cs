namespace Platform.Application.Workouts.ReorderWorkoutSets;

/// <summary>Puts the sets of one of the caller's workouts in a new order.</summary>
public sealed record ReorderWorkoutSetsCommand(IReadOnlyList<Guid>? SetIds) : ICommand<WorkoutResponse>
{
    /// <summary>The workout, set by the endpoint from the route.</summary>
    public required Guid Id { get; init; }

    /// <summary>The caller, set by the endpoint from the access token; never read from the body.</summary>
    public required Guid OwnerId { get; init; }
}
