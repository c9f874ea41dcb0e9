using MapsterMapper;
using Platform.Application.Common.Caching;
using Platform.Application.Exercises.Contracts;
using Platform.Application.Identity.Contracts;
using Platform.Domain.Workouts;

namespace Platform.Application.Workouts.GetPersonalRecords;

/// <summary>The caller's personal records of one exercise, with the most reps at each weight.</summary>
public sealed record GetPersonalRecordsQuery(Guid ExerciseId, Guid OwnerId) : ICachedQuery<PersonalRecordsResponse>
{
    public string CacheKey => $"workouts:records:{OwnerId:N}:{ExerciseId:N}";

    // Any change to the owner's workouts may move a record; a profile change may change the unit.
    public IReadOnlyCollection<string> CacheTags => [WorkoutsCacheTags.ForOwner(OwnerId), CacheTag.ForUser(OwnerId)];

    public TimeSpan CacheDuration => TimeSpan.FromMinutes(5);
}

internal sealed class GetPersonalRecordsHandler(IWorkoutProgressRepository progress, IExerciseCatalog exercises, IUserDirectory users, IMapper mapper)
    : IRequestHandler<GetPersonalRecordsQuery, Result<PersonalRecordsResponse>>
{
    public async Task<Result<PersonalRecordsResponse>> Handle(GetPersonalRecordsQuery request, CancellationToken cancellationToken)
    {
        if ((await exercises.FindVisibleToAsync(request.OwnerId, [request.ExerciseId], cancellationToken)).Count == 0)
        {
            return IExerciseCatalog.ExerciseNotFound;
        }

        var records = await progress.FindRecordsAsync(request.OwnerId, request.ExerciseId, cancellationToken);
        if (records is null)
        {
            return WorkoutsErrors.NoRecords;
        }

        return mapper.MapIn(records, (await DiaryOwner.LoadAsync(users, request.OwnerId, cancellationToken)).WeightUnit);
    }
}
