using System.Text.Json.Serialization;

namespace Platform.Application.Workouts.UpdateWorkout;

/// <summary>Replaces the title, notes and times of one of the caller's workouts; its sets change through the set routes.</summary>
/// <param name="Title">Up to 200 characters.</param>
/// <param name="Notes">Up to 4000 characters.</param>
/// <param name="StartedAt">When it started; not in the future.</param>
/// <param name="EndedAt">When it ended: after the start, at most 24 hours later; leave it out while it goes on.</param>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record UpdateWorkoutCommand(string? Title, string? Notes, DateTimeOffset? StartedAt, DateTimeOffset? EndedAt)
    : ICommand<WorkoutResponse>
{
    /// <summary>The workout, set by the endpoint from the route.</summary>
    [JsonIgnore]
    public Guid Id { get; init; }

    /// <summary>The caller, set by the endpoint from the access token; never read from the body.</summary>
    [JsonIgnore]
    public Guid OwnerId { get; init; }
}
