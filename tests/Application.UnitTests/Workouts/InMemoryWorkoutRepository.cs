using Platform.Application.Common.Paging;
using Platform.Application.UnitTests.Support;
using Platform.Application.Workouts;
using Platform.Domain.Workouts;

namespace Platform.Application.UnitTests.Workouts;

/// <summary>The Workouts repository port over a list, for handler tests through <c>PipelineHost</c>.</summary>
public sealed class InMemoryWorkoutRepository(FakeUnitOfWork unitOfWork) : IWorkoutRepository
{
    public List<Workout> Items { get; } = [];

    public Task<Workout?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        var workout = Items.Find(candidate => candidate.Id == id);
        if (workout is not null)
        {
            unitOfWork.Track(workout);
        }

        return Task.FromResult(workout);
    }

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

    public Task<DateTimeOffset?> LastStartedAtAsync(Guid ownerId, CancellationToken cancellationToken) =>
        Task.FromResult(Items.Where(workout => workout.OwnerId == ownerId).Max(workout => (DateTimeOffset?)workout.StartedAt));

    public void Add(Workout workout)
    {
        unitOfWork.Track(workout);
        Items.Add(workout);
    }

    public void Remove(Workout workout)
    {
        unitOfWork.Track(workout);
        Items.Remove(workout);
    }
}
