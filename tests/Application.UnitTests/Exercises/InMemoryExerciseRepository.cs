using Platform.Application.Common.Paging;
using Platform.Application.Exercises;
using Platform.Application.UnitTests.Support;
using Platform.Domain.Exercises;

namespace Platform.Application.UnitTests.Exercises;

/// <summary>The Exercises repository port over a list, for handler tests through <c>PipelineHost</c>.</summary>
public sealed class InMemoryExerciseRepository(FakeUnitOfWork unitOfWork) : IExerciseRepository
{
    public List<Exercise> Items { get; } = [];

    public Task<Exercise?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        var exercise = Items.Find(candidate => candidate.Id == id);
        if (exercise is not null)
        {
            unitOfWork.Track(exercise);
        }

        return Task.FromResult(exercise);
    }

    public Task<IReadOnlyList<Exercise>> FindManyAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Exercise>>(Items.Where(exercise => ids.Contains(exercise.Id)).ToList());

    public Task<PagedList<Exercise>> ListVisibleToAsync(Guid userId, ExerciseFilter filter, int page, int pageSize, CancellationToken cancellationToken)
    {
        var visible = Items
            .Where(exercise => exercise.IsVisibleTo(userId) && (filter.IncludeArchived || !exercise.IsArchived))
            .Where(exercise => filter.Search is null
                || exercise.NameEn.Contains(filter.Search, StringComparison.OrdinalIgnoreCase)
                || exercise.NameRu.Contains(filter.Search, StringComparison.OrdinalIgnoreCase))
            .Where(exercise => filter.Category is null || exercise.Category == filter.Category)
            .Where(exercise => filter.Muscle is null || exercise.PrimaryMuscles.Contains(filter.Muscle) || exercise.SecondaryMuscles.Contains(filter.Muscle))
            .Where(exercise => filter.Equipment is null || exercise.Equipment == filter.Equipment)
            .OrderBy(exercise => exercise.NameEn, StringComparer.Ordinal).ThenBy(exercise => exercise.Id)
            .ToList();
        return Task.FromResult(new PagedList<Exercise>(visible.Skip((page - 1) * pageSize).Take(pageSize).ToList(), page, pageSize, visible.Count));
    }

    public void Add(Exercise exercise)
    {
        unitOfWork.Track(exercise);
        Items.Add(exercise);
    }

    public void Remove(Exercise exercise)
    {
        unitOfWork.Track(exercise);
        Items.Remove(exercise);
    }
}
