using Platform.Application.Common.Paging;
using Platform.Application.Workouts.Contracts;
using Platform.Domain.Workouts;

namespace Platform.Application.Workouts;

/// <summary>
/// Loads, lists, adds and removes workouts with their sets; changes are saved by the unit of work, not here. It also
/// answers the module's published <see cref="IExerciseUsage"/>.
/// </summary>
public interface IWorkoutRepository : IExerciseUsage
{
    Task<Workout?> FindAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>The owner's workouts that started in [<paramref name="from"/>, <paramref name="to"/>), the latest first, with their set counts (not their sets).</summary>
    Task<PagedList<WorkoutSummaryResponse>> ListByOwnerAsync(Guid ownerId, DateTimeOffset? from, DateTimeOffset? to, int page, int pageSize, CancellationToken cancellationToken);

    /// <summary>When the owner's latest workout started; null when they logged none.</summary>
    Task<DateTimeOffset?> LastStartedAtAsync(Guid ownerId, CancellationToken cancellationToken);

    void Add(Workout workout);

    void Remove(Workout workout);
}
