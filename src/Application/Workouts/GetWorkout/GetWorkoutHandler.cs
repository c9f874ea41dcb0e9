using Platform.Application.Identity.Contracts;
using Platform.Domain.Workouts;

namespace Platform.Application.Workouts.GetWorkout;

internal sealed class GetWorkoutHandler(IWorkoutRepository workouts, IUserDirectory users) : IRequestHandler<GetWorkoutQuery, Result<WorkoutResponse>>
{
    public async Task<Result<WorkoutResponse>> Handle(GetWorkoutQuery request, CancellationToken cancellationToken)
    {
        var workout = await workouts.FindAsync(request.Id, cancellationToken);
        if (workout is null || !workout.IsOwnedBy(request.OwnerId))
        {
            return WorkoutsErrors.NotFound;
        }

        return WorkoutResponse.From(workout, (await DiaryOwner.LoadAsync(users, request.OwnerId, cancellationToken)).WeightUnit);
    }
}
