using Platform.Application.Common.Paging;
using Platform.Application.Exercises;
using Platform.Domain.Exercises;

namespace Platform.Infrastructure.Exercises;

internal sealed class ExerciseRepository(PlatformDbContext context) : IExerciseRepository
{
    public Task<Exercise?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        context.Set<Exercise>().SingleOrDefaultAsync(exercise => exercise.Id == id, cancellationToken);

    public async Task<IReadOnlyList<Exercise>> FindManyAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        await context.Set<Exercise>().AsNoTracking().Where(exercise => ids.Contains(exercise.Id)).ToListAsync(cancellationToken);

    public Task<PagedList<Exercise>> ListVisibleToAsync(Guid userId, ExerciseFilter filter, int page, int pageSize, CancellationToken cancellationToken)
    {
        var exercises = context.Set<Exercise>().AsNoTracking()
            .Where(exercise => exercise.OwnerId == null || exercise.OwnerId == userId);
        if (!filter.IncludeArchived)
        {
            exercises = exercises.Where(exercise => !exercise.IsArchived);
        }

        if (filter.Search is { } search)
        {
            var pattern = $"%{LikePattern.Escape(search)}%";
            exercises = exercises.Where(exercise =>
                EF.Functions.ILike(exercise.NameEn, pattern, LikePattern.EscapeCharacter)
                || EF.Functions.ILike(exercise.NameRu, pattern, LikePattern.EscapeCharacter));
        }

        if (filter.Category is { } category)
        {
            exercises = exercises.Where(exercise => exercise.Category == category);
        }

        if (filter.Muscle is { } muscle)
        {
            exercises = exercises.Where(exercise => exercise.PrimaryMuscles.Contains(muscle) || exercise.SecondaryMuscles.Contains(muscle));
        }

        if (filter.Equipment is { } equipment)
        {
            exercises = exercises.Where(exercise => exercise.Equipment == equipment);
        }

        return exercises.OrderBy(exercise => exercise.NameEn).ThenBy(exercise => exercise.Id).ToPagedListAsync(page, pageSize, cancellationToken);
    }

    public void Add(Exercise exercise) => context.Set<Exercise>().Add(exercise);

    public void Remove(Exercise exercise) => context.Set<Exercise>().Remove(exercise);
}
