using Platform.Application.Common.Paging;
using Platform.Domain.Workouts;

namespace Platform.Application.Workouts;

/// <summary>Loads, lists, adds and removes workouts with their sets; changes are saved by the unit of work, not here.</summary>
public interface IWorkoutRepository
{
    Task<Workout?> FindAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>The owner's workouts that started in [<paramref name="from"/>, <paramref name="to"/>), the latest first, with their set counts (not their sets).</summary>
    Task<PagedList<WorkoutSummaryResponse>> ListByOwnerAsync(Guid ownerId, DateTimeOffset? from, DateTimeOffset? to, int page, int pageSize, CancellationToken cancellationToken);

    /// <summary>Whether any logged set uses the exercise.</summary>
    Task<bool> IsExerciseUsedAsync(Guid exerciseId, CancellationToken cancellationToken);

    void Add(Workout workout);

    void Remove(Workout workout);
}
