using System.Text.Json.Serialization;

namespace Platform.Application.Workouts.CreateWorkout;

/// <summary>Logs a workout of the caller with its sets, in the order given.</summary>
/// <param name="Title">Up to 200 characters.</param>
/// <param name="Notes">Up to 4000 characters.</param>
/// <param name="StartedAt">When it started; not in the future.</param>
/// <param name="EndedAt">When it ended: after the start, at most 24 hours later; leave it out while it goes on.</param>
/// <param name="Sets">Up to 100 sets.</param>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record CreateWorkoutCommand(string? Title, string? Notes, DateTimeOffset? StartedAt, DateTimeOffset? EndedAt, IReadOnlyList<SetInput>? Sets)
    : ICommand<WorkoutResponse>
{
    /// <summary>The caller, set by the endpoint from the access token; never read from the body.</summary>
    [JsonIgnore]
    public Guid OwnerId { get; init; }
}
