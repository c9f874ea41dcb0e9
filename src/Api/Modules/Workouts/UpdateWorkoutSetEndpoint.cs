using Platform.Application.Workouts;
using Platform.Application.Workouts.UpdateWorkoutSet;

namespace Platform.Api.Modules.Workouts;

internal static class UpdateWorkoutSetEndpoint
{
    public static RouteHandlerBuilder MapUpdateWorkoutSet(this IEndpointRouteBuilder group) =>
        group.MapPut("/{id:guid}/sets/{setId:guid}", async Task<Results<Ok<WorkoutResponse>, ProblemHttpResult>> (
                Guid id, Guid setId, UpdateWorkoutSetRequest body, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new UpdateWorkoutSetCommand(body.ExerciseId, body.Reps, body.Weight, body.DurationSeconds, body.DistanceMeters, body.Rpe, body.IsWarmUp) { Id = id, SetId = setId, OwnerId = user.UserId() }, cancellationToken)).ToOk())
            .WithSummary("Replace the exercise and measures of one set of your workouts")
            .WithDescription("The set keeps its place. Answers the workout as it is now; records and statistics follow the change at once.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .WithName("UpdateWorkoutSet");
}

/// <summary>Replaces the exercise and measures of one set of the caller's workouts; it keeps its place. The weight is in the caller's unit.</summary>
/// <param name="ExerciseId">An exercise of the catalogue or of your own, not archived.</param>
/// <param name="Reps">Repetitions, 0-1000 (strength needs them).</param>
/// <param name="Weight">Load in your unit, up to 2 decimals: 0-1000 kg (2204.62 lb).</param>
/// <param name="DurationSeconds">Seconds, 1 to 86400.</param>
/// <param name="DistanceMeters">Meters, up to 1,000,000.</param>
/// <param name="Rpe">1 to 10 in steps of 0.5.</param>
/// <param name="IsWarmUp">A warm-up set; left out of records and volume.</param>
public sealed record UpdateWorkoutSetRequest(
    Guid ExerciseId, int? Reps = null, decimal? Weight = null, int? DurationSeconds = null, decimal? DistanceMeters = null, decimal? Rpe = null, bool IsWarmUp = false);
