using System.Text.Json.Serialization;

namespace Platform.Application.Workouts.ReorderWorkoutSets;

/// <summary>Puts the sets of one of the caller's workouts in a new order.</summary>
/// <param name="SetIds">Every set of the workout exactly once, in the new order.</param>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record ReorderWorkoutSetsCommand(IReadOnlyList<Guid>? SetIds) : ICommand<WorkoutResponse>
{
    /// <summary>The workout, set by the endpoint from the route.</summary>
    [JsonIgnore]
    public Guid Id { get; init; }

    /// <summary>The caller, set by the endpoint from the access token; never read from the body.</summary>
    [JsonIgnore]
    public Guid OwnerId { get; init; }
}
