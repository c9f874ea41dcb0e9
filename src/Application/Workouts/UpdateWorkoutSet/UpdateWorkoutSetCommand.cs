namespace Platform.Application.Workouts.UpdateWorkoutSet;

/// <summary>Replaces the exercise and measures of one set of the caller's workouts; it keeps its place. The weight is in the caller's unit.</summary>
public sealed record UpdateWorkoutSetCommand(Guid ExerciseId, int? Reps, decimal? Weight, int? DurationSeconds, decimal? DistanceMeters, decimal? Rpe, bool IsWarmUp = false)
    : ICommand<WorkoutResponse>, ISetFields
{
    /// <summary>The workout, set by the endpoint from the route.</summary>
    public required Guid Id { get; init; }

    /// <summary>The set, set by the endpoint from the route.</summary>
    public required Guid SetId { get; init; }

    /// <summary>The caller, set by the endpoint from the access token; never read from the body.</summary>
    public required Guid OwnerId { get; init; }

    /// <summary>The set as one of a list, for planning it.</summary>
    public SetInput Set => new(ExerciseId, Reps, Weight, DurationSeconds, DistanceMeters, Rpe, IsWarmUp);
}
