using MapsterMapper;
using Platform.Application.Identity.Contracts;
using Platform.Domain.Workouts;

namespace Platform.Application.Workouts.UpdateWorkout;

/// <summary>Replaces the title, notes and times of one of the caller's workouts; its sets change through the set routes.</summary>
public sealed record UpdateWorkoutCommand(string? Title, string? Notes, DateTimeOffset? StartedAt, DateTimeOffset? EndedAt)
    : ICommand<WorkoutResponse>
{
    /// <summary>The workout, set by the endpoint from the route.</summary>
    public required Guid Id { get; init; }

    /// <summary>The caller, set by the endpoint from the access token; never read from the body.</summary>
    public required Guid OwnerId { get; init; }
}

internal sealed class UpdateWorkoutHandler(IWorkoutRepository workouts, IUserDirectory users, TimeProvider clock, IMapper mapper)
    : IRequestHandler<UpdateWorkoutCommand, Result<WorkoutResponse>>
{
    public async Task<Result<WorkoutResponse>> Handle(UpdateWorkoutCommand request, CancellationToken cancellationToken)
    {
        var workout = await workouts.FindAsync(request.Id, cancellationToken);
        if (workout is null || !workout.IsOwnedBy(request.OwnerId))
        {
            return WorkoutsErrors.NotFound;
        }

        var updated = workout.Update(request.Title, request.Notes, request.StartedAt!.Value, request.EndedAt, clock.GetUtcNow());
        if (!updated.IsSuccess)
        {
            return updated.Error;
        }

        return mapper.MapIn(workout, (await DiaryOwner.LoadAsync(users, request.OwnerId, cancellationToken)).WeightUnit);
    }
}
