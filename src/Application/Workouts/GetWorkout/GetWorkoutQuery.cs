using MapsterMapper;
using Platform.Application.Common.Caching;
using Platform.Application.Identity.Contracts;
using Platform.Domain.Workouts;

namespace Platform.Application.Workouts.GetWorkout;

/// <summary>One of the caller's workouts with its sets (anyone else's is workout_not_found).</summary>
public sealed record GetWorkoutQuery(Guid Id, Guid OwnerId) : ICachedQuery<WorkoutResponse>
{
    public string CacheKey => $"workouts:get:{OwnerId:N}:{Id:N}";

    // The user's tag too: a profile change of the weight unit changes the answer.
    public IReadOnlyCollection<string> CacheTags => [WorkoutsCacheTags.For(Id), CacheTag.ForUser(OwnerId)];

    public TimeSpan CacheDuration => TimeSpan.FromMinutes(5);
}

internal sealed class GetWorkoutHandler(IWorkoutRepository workouts, IUserDirectory users, IMapper mapper) : IRequestHandler<GetWorkoutQuery, Result<WorkoutResponse>>
{
    public async Task<Result<WorkoutResponse>> Handle(GetWorkoutQuery request, CancellationToken cancellationToken)
    {
        var workout = await workouts.FindAsync(request.Id, cancellationToken);
        if (workout is null || !workout.IsOwnedBy(request.OwnerId))
        {
            return WorkoutsErrors.NotFound;
        }

        return mapper.MapIn(workout, (await DiaryOwner.LoadAsync(users, request.OwnerId, cancellationToken)).WeightUnit);
    }
}
