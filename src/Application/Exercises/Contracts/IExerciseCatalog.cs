using Platform.Domain.Exercises;

namespace Platform.Application.Exercises.Contracts;

/// <summary>
/// What other modules may know of exercises: the Exercises module's published contract. They never load the
/// <see cref="Exercise"/> aggregate itself (an architecture rule says so).
/// </summary>
public interface IExerciseCatalog
{
    /// <summary>The refusal of a request that names an exercise the caller cannot see.</summary>
    static Error ExerciseNotFound => ExercisesErrors.NotFound;

    /// <summary>Those of the exercises that exist and the user may see (the catalogue's and their own), in no particular order.</summary>
    Task<IReadOnlyList<ExerciseCard>> FindVisibleToAsync(Guid userId, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);
}

/// <summary>An exercise as other modules see it.</summary>
/// <param name="Id">The exercise.</param>
/// <param name="Category">What its sets measure.</param>
/// <param name="IsArchived">Archived by its owner: not offered for new sets.</param>
/// <param name="NameEn">Its English name.</param>
/// <param name="NameRu">Its Russian name.</param>
public sealed record ExerciseCard(Guid Id, ExerciseCategory Category, bool IsArchived, string NameEn, string NameRu);

internal sealed class ExerciseCatalog(IExerciseRepository exercises) : IExerciseCatalog
{
    public async Task<IReadOnlyList<ExerciseCard>> FindVisibleToAsync(Guid userId, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        [.. (await exercises.FindManyAsync(ids, cancellationToken))
            .Where(exercise => exercise.IsVisibleTo(userId))
            .Select(exercise => new ExerciseCard(exercise.Id, exercise.Category, exercise.IsArchived, exercise.NameEn, exercise.NameRu))];
}
