using Platform.Application.Common.Caching;

namespace Platform.Application.Exercises.GetExercise;

/// <summary>One exercise of the catalogue or of the caller's own (anyone else's is exercise_not_found).</summary>
public sealed record GetExerciseQuery(Guid Id, Guid UserId) : ICachedQuery<ExerciseResponse>
{
    public string CacheKey => $"exercises:get:{UserId:N}:{Id:N}";

    public IReadOnlyCollection<string> CacheTags => [ExercisesCacheTags.For(Id)];

    public TimeSpan CacheDuration => TimeSpan.FromMinutes(5);
}
