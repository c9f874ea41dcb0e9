using MapsterMapper;
using Platform.Application.Exercises.Contracts;
using Platform.Application.Identity.Contracts;
using Platform.Domain.Workouts;

namespace Platform.Application.Workouts.CreateWorkout;

/// <summary>Logs a workout of the caller with its sets, in the order given.</summary>
public sealed record CreateWorkoutCommand(string? Title, string? Notes, DateTimeOffset? StartedAt, DateTimeOffset? EndedAt, IReadOnlyList<SetInput>? Sets)
    : ICommand<WorkoutResponse>
{
    /// <summary>The caller, set by the endpoint from the access token; never read from the body.</summary>
    public required Guid OwnerId { get; init; }
}

internal sealed class CreateWorkoutHandler(IWorkoutRepository workouts, IExerciseCatalog exercises, IUserDirectory users, TimeProvider clock, IMapper mapper)
    : IRequestHandler<CreateWorkoutCommand, Result<WorkoutResponse>>
{
    public async Task<Result<WorkoutResponse>> Handle(CreateWorkoutCommand request, CancellationToken cancellationToken)
    {
        var owner = await DiaryOwner.LoadAsync(users, request.OwnerId, cancellationToken);
        var planned = await SetPlanning.PlanAsync(exercises, request.OwnerId, request.Sets ?? [], owner.WeightUnit, keptExerciseId: null, cancellationToken);
        if (!planned.IsSuccess)
        {
            return planned.Error;
        }

        var workout = Workout.Log(request.OwnerId, request.Title, request.Notes, request.StartedAt!.Value, request.EndedAt, planned.Value, clock.GetUtcNow());
        if (!workout.IsSuccess)
        {
            return workout.Error;
        }

        workouts.Add(workout.Value);
        return mapper.MapIn(workout.Value, owner.WeightUnit);
    }
}
