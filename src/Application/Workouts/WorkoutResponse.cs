using Platform.Application.Common;
using Platform.Domain.Workouts;

namespace Platform.Application.Workouts;

/// <summary>A workout with its sets in order.</summary>
/// <param name="Id">The workout's id.</param>
/// <param name="Title">Its title; empty when none.</param>
/// <param name="Notes">Its notes; empty when none.</param>
/// <param name="StartedAt">When it started (UTC).</param>
/// <param name="EndedAt">When it ended (UTC); null while it goes on.</param>
/// <param name="WeightUnit">kg or lb: the unit of the sets' weights (the caller's profile setting).</param>
/// <param name="Sets">Its sets, by position.</param>
/// <param name="CreatedAt">When it was logged (UTC).</param>
/// <param name="UpdatedAt">When it last changed (UTC).</param>
public sealed record WorkoutResponse(
    Guid Id, string Title, string Notes, DateTimeOffset StartedAt, DateTimeOffset? EndedAt, string WeightUnit, IReadOnlyList<WorkoutSetResponse> Sets,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static WorkoutResponse From(Workout workout, WeightUnit unit) => new(
        workout.Id, workout.Title, workout.Notes, workout.StartedAt, workout.EndedAt, WeightUnitNames.Of(unit),
        [.. workout.Sets.OrderBy(set => set.Position).Select(set => WorkoutSetResponse.From(set, unit))], workout.CreatedAt, workout.UpdatedAt);
}
