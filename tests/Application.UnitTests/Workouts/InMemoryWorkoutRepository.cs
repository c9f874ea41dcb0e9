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

    public Task<PagedList<Workout>> ListByOwnerAsync(
        Guid ownerId, DateTimeOffset? from, DateTimeOffset? to, int page, int pageSize, CancellationToken cancellationToken)
    {
        var owned = Items.Where(workout => workout.OwnerId == ownerId && (from is null || workout.StartedAt >= from) && (to is null || workout.StartedAt < to))
            .OrderByDescending(workout => workout.StartedAt).ThenByDescending(workout => workout.Id)
            .ToList();
        return Task.FromResult(new PagedList<Workout>(
            owned.Skip((page - 1) * pageSize).Take(pageSize).ToList(), page, pageSize, owned.Count));
    }

    public void Add(Workout workout) => Items.Add(workout);

    public void Remove(Workout workout) => Items.Remove(workout);
}
