using MapsterMapper;
using Platform.Application.Exercises.Contracts;
using Platform.Application.Identity.Contracts;
using Platform.Domain.Workouts;

namespace Platform.Application.Workouts.AddWorkoutSet;

/// <summary>Appends a set to one of the caller's workouts; the weight is in the caller's unit.</summary>
public sealed record AddWorkoutSetCommand(Guid ExerciseId, int? Reps, decimal? Weight, int? DurationSeconds, decimal? DistanceMeters, decimal? Rpe, bool IsWarmUp = false)
    : ICommand<WorkoutResponse>, ISetFields
{
    /// <summary>The workout, set by the endpoint from the route.</summary>
    public required Guid Id { get; init; }

    /// <summary>The caller, set by the endpoint from the access token; never read from the body.</summary>
    public required Guid OwnerId { get; init; }

    /// <summary>The set as one of a list, for planning it.</summary>
    public SetInput Set => new(ExerciseId, Reps, Weight, DurationSeconds, DistanceMeters, Rpe, IsWarmUp);
}

internal sealed class AddWorkoutSetHandler(IWorkoutRepository workouts, IExerciseCatalog exercises, IUserDirectory users, TimeProvider clock, IMapper mapper)
    : IRequestHandler<AddWorkoutSetCommand, Result<WorkoutResponse>>
{
    public async Task<Result<WorkoutResponse>> Handle(AddWorkoutSetCommand request, CancellationToken cancellationToken)
    {
        var workout = await workouts.FindAsync(request.Id, cancellationToken);
        if (workout is null || !workout.IsOwnedBy(request.OwnerId))
        {
            return WorkoutsErrors.NotFound;
        }

        var owner = await DiaryOwner.LoadAsync(users, request.OwnerId, cancellationToken);
        var planned = await SetPlanning.PlanAsync(exercises, request.OwnerId, [request.Set], owner.WeightUnit, keptExerciseId: null, cancellationToken);
        if (!planned.IsSuccess)
        {
            return planned.Error;
        }

        var added = workout.AddSet(planned.Value[0], clock.GetUtcNow());
        return added.IsSuccess ? mapper.MapIn(workout, owner.WeightUnit) : added.Error;
    }
}
