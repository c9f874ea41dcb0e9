using System.Text.Json.Serialization;

namespace Platform.Application.Workouts.UpdateWorkoutSet;

/// <summary>Replaces the exercise and measures of one set of the caller's workouts; it keeps its place. The weight is in the caller's unit.</summary>
/// <param name="ExerciseId">An exercise of the catalogue or of your own, not archived.</param>
/// <param name="Reps">Repetitions, 0-1000 (strength needs them).</param>
/// <param name="Weight">Load in your unit, up to 2 decimals: 0-1000 kg (2204.62 lb).</param>
/// <param name="DurationSeconds">Seconds, 1 to 86400.</param>
/// <param name="DistanceMeters">Meters, up to 1,000,000.</param>
/// <param name="Rpe">1 to 10 in steps of 0.5.</param>
/// <param name="IsWarmUp">A warm-up set; left out of records and volume.</param>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record UpdateWorkoutSetCommand(Guid ExerciseId, int? Reps, decimal? Weight, int? DurationSeconds, decimal? DistanceMeters, decimal? Rpe, bool IsWarmUp = false)
    : ICommand<WorkoutResponse>, ISetFields
{
    /// <summary>The workout, set by the endpoint from the route.</summary>
    [JsonIgnore]
    public Guid Id { get; init; }

    /// <summary>The set, set by the endpoint from the route.</summary>
    [JsonIgnore]
    public Guid SetId { get; init; }

    /// <summary>The caller, set by the endpoint from the access token; never read from the body.</summary>
    [JsonIgnore]
    public Guid OwnerId { get; init; }

    /// <summary>The set as one of a list, for planning it.</summary>
    [JsonIgnore]
    public SetInput Set => new(ExerciseId, Reps, Weight, DurationSeconds, DistanceMeters, Rpe, IsWarmUp);
}
