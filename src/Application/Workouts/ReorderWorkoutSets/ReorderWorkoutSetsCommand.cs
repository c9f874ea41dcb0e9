using MapsterMapper;
using Platform.Application.Identity.Contracts;
using Platform.Domain.Workouts;

namespace Platform.Application.Workouts.ReorderWorkoutSets;

/// <summary>Puts the sets of one of the caller's workouts in a new order.</summary>
public sealed record ReorderWorkoutSetsCommand(IReadOnlyList<Guid>? SetIds) : ICommand<WorkoutResponse>
{
    /// <summary>The workout, set by the endpoint from the route.</summary>
    public required Guid Id { get; init; }

    /// <summary>The caller, set by the endpoint from the access token; never read from the body.</summary>
    public required Guid OwnerId { get; init; }
}

internal sealed class ReorderWorkoutSetsHandler(IWorkoutRepository workouts, IUserDirectory users, TimeProvider clock, IMapper mapper)
    : IRequestHandler<ReorderWorkoutSetsCommand, Result<WorkoutResponse>>
{
    public async Task<Result<WorkoutResponse>> Handle(ReorderWorkoutSetsCommand request, CancellationToken cancellationToken)
    {
        var workout = await workouts.FindAsync(request.Id, cancellationToken);
        if (workout is null || !workout.IsOwnedBy(request.OwnerId))
        {
            return WorkoutsErrors.NotFound;
        }

        var reordered = workout.ReorderSets(request.SetIds!, clock.GetUtcNow());
        if (!reordered.IsSuccess)
        {
            return reordered.Error;
        }

        return mapper.MapIn(workout, (await DiaryOwner.LoadAsync(users, request.OwnerId, cancellationToken)).WeightUnit);
    }
}
