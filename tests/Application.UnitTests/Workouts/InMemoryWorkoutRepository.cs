using Platform.Application.Common.Paging;
using Platform.Application.Workouts;
using Platform.Domain.Workouts;

namespace Platform.Application.UnitTests.Workouts;

/// <summary>The Workouts repository port over a list, for handler tests through <c>PipelineHost</c>.</summary>
public sealed class InMemoryWorkoutRepository : IWorkoutRepository
{
    public List<Workout> Items { get; } = [];

    public Task<Workout?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        Task.FromResult(Items.Find(workout => workout.Id == id));

    public Task<PagedList<WorkoutSummaryResponse>> ListByOwnerAsync(
        Guid ownerId, DateTimeOffset? from, DateTimeOffset? to, int page, int pageSize, CancellationToken cancellationToken)
    {
        var owned = Items.Where(workout => workout.OwnerId == ownerId && (from is null || workout.StartedAt >= from) && (to is null || workout.StartedAt < to))
            .OrderByDescending(workout => workout.StartedAt).ThenByDescending(workout => workout.Id)
            .ToList();
        return Task.FromResult(new PagedList<WorkoutSummaryResponse>(
            owned.Skip((page - 1) * pageSize).Take(pageSize)
                .Select(workout => new WorkoutSummaryResponse(workout.Id, workout.Title, workout.StartedAt, workout.EndedAt, workout.Sets.Count))
                .ToList(),
            page, pageSize, owned.Count));
    }

    public Task<bool> IsExerciseUsedAsync(Guid exerciseId, CancellationToken cancellationToken) =>
        Task.FromResult(Items.Any(workout => workout.Sets.Any(set => set.ExerciseId == exerciseId)));

    public void Add(Workout workout) => Items.Add(workout);

    public void Remove(Workout workout) => Items.Remove(workout);
}
