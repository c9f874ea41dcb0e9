using Platform.Application.Common.Paging;
using Platform.Domain.Exercises;

namespace Platform.Application.Exercises;

/// <summary>Loads, lists, adds and removes exercises; changes are saved by the unit of work, not here.</summary>
public interface IExerciseRepository
{
    Task<Exercise?> FindAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>The exercises with these ids that exist, whoever they belong to (callers check visibility).</summary>
    Task<IReadOnlyList<Exercise>> FindManyAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);

    /// <summary>The catalogue's exercises and the user's own that match the filter, by English name.</summary>
    Task<PagedList<Exercise>> ListVisibleToAsync(Guid userId, ExerciseFilter filter, int page, int pageSize, CancellationToken cancellationToken);

    void Add(Exercise exercise);

    void Remove(Exercise exercise);
}
