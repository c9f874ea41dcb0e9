using Mapster;
using Platform.Application.Common.Paging;
using Platform.Application.Workouts;
using Platform.Domain.Workouts;

namespace Platform.Infrastructure.Workouts;

internal sealed class WorkoutRepository(PlatformDbContext context, TypeAdapterConfig mappings) : IWorkoutRepository
{
    public Task<Workout?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        context.Set<Workout>().SingleOrDefaultAsync(workout => workout.Id == id, cancellationToken);

    public Task<PagedList<WorkoutSummaryResponse>> ListByOwnerAsync(
        Guid ownerId, DateTimeOffset? from, DateTimeOffset? to, int page, int pageSize, CancellationToken cancellationToken)
    {
        var workouts = context.Set<Workout>().AsNoTracking().Where(workout => workout.OwnerId == ownerId);
        if (from is { } start)
        {
            workouts = workouts.Where(workout => workout.StartedAt >= start.ToUniversalTime());
        }

        if (to is { } end)
        {
            workouts = workouts.Where(workout => workout.StartedAt < end.ToUniversalTime());
        }

        // The count comes from SQL: a list never loads the sets.
        return workouts.OrderByDescending(workout => workout.StartedAt).ThenByDescending(workout => workout.Id)
            .ProjectToType<WorkoutSummaryResponse>(mappings)
            .ToPagedListAsync(page, pageSize, cancellationToken);
    }

    public Task<bool> IsExerciseUsedAsync(Guid exerciseId, CancellationToken cancellationToken) =>
        context.Set<Workout>().AnyAsync(workout => workout.Sets.Any(set => set.ExerciseId == exerciseId), cancellationToken);

    public Task<DateTimeOffset?> LastStartedAtAsync(Guid ownerId, CancellationToken cancellationToken) =>
        context.Set<Workout>().Where(workout => workout.OwnerId == ownerId).MaxAsync(workout => (DateTimeOffset?)workout.StartedAt, cancellationToken);

    public void Add(Workout workout) => context.Set<Workout>().Add(workout);

    public void Remove(Workout workout) => context.Set<Workout>().Remove(workout);
}
