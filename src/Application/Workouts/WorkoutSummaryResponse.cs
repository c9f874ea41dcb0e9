using Mapster;
using Platform.Domain.Workouts;

namespace Platform.Application.Workouts;

/// <summary>A workout in a list: its times, title and how many sets it holds.</summary>
/// <param name="Id">The workout's id.</param>
/// <param name="Title">Its title; empty when none.</param>
/// <param name="StartedAt">When it started (UTC).</param>
/// <param name="EndedAt">When it ended (UTC); null while it goes on.</param>
/// <param name="SetCount">How many sets it holds.</param>
public sealed record WorkoutSummaryResponse(Guid Id, string Title, DateTimeOffset StartedAt, DateTimeOffset? EndedAt, int SetCount);

/// <summary>Also a query projection: the repository selects only these columns and counts the sets in SQL.</summary>
internal sealed class WorkoutSummaryMapping : IRegister
{
    public void Register(TypeAdapterConfig config) =>
        config.NewConfig<Workout, WorkoutSummaryResponse>().Map(response => response.SetCount, workout => workout.Sets.Count);
}
