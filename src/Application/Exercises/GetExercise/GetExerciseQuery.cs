using MapsterMapper;
using Platform.Application.Common.Caching;
using Platform.Domain.Exercises;

namespace Platform.Application.Exercises.GetExercise;

/// <summary>One exercise of the catalogue or of the caller's own (anyone else's is exercise_not_found).</summary>
public sealed record GetExerciseQuery(Guid Id, Guid UserId) : ICachedQuery<ExerciseResponse>
{
    public string CacheKey => $"exercises:get:{UserId:N}:{Id:N}";

    public IReadOnlyCollection<string> CacheTags => [ExercisesCacheTags.For(Id)];

    public TimeSpan CacheDuration => TimeSpan.FromMinutes(5);
}

internal sealed class GetExerciseHandler(IExerciseRepository exercises, IMapper mapper) : IRequestHandler<GetExerciseQuery, Result<ExerciseResponse>>
{
    public async Task<Result<ExerciseResponse>> Handle(GetExerciseQuery request, CancellationToken cancellationToken)
    {
        var exercise = await exercises.FindAsync(request.Id, cancellationToken);
        if (exercise is null || !exercise.IsVisibleTo(request.UserId))
        {
            return ExercisesErrors.NotFound;
        }

        return mapper.Map<ExerciseResponse>(exercise);
    }
}
