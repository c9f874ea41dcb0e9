using Platform.Application.Workouts;
using Platform.Application.Workouts.AddWorkoutSet;

namespace Platform.Api.Modules.Workouts;

internal static class AddWorkoutSetEndpoint
{
    public static RouteHandlerBuilder MapAddWorkoutSet(this IEndpointRouteBuilder group) =>
        group.MapPost("/{id:guid}/sets", async Task<Results<Ok<WorkoutResponse>, ProblemHttpResult>> (
                Guid id, AddWorkoutSetRequest body, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new AddWorkoutSetCommand(body.ExerciseId, body.Reps, body.Weight, body.DurationSeconds, body.DistanceMeters, body.Rpe, body.IsWarmUp) { Id = id, OwnerId = user.UserId() }, cancellationToken)).ToOk())
            .WithSummary("Add a set after the last one of one of your workouts")
            .WithDescription(
                "Answers the workout as it is now. The set needs the measures of its exercise's category; `weight` is in your profile's " +
                "`weightUnit` (kg unless changed). A workout holds at most 100 sets. Changes of one workout are taken one at a time: a " +
                "change that overlaps another gets 412 (read the workout again and retry).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .WithName("AddWorkoutSet");
}

/// <summary>Appends a set to one of the caller's workouts; the weight is in the caller's unit.</summary>
/// <param name="ExerciseId">An exercise of the catalogue or of your own, not archived.</param>
/// <param name="Reps">Repetitions, 0-1000 (strength needs them).</param>
/// <param name="Weight">Load in your unit, up to 2 decimals: 0-1000 kg (2204.62 lb).</param>
/// <param name="DurationSeconds">Seconds, 1 to 86400.</param>
/// <param name="DistanceMeters">Meters, up to 1,000,000.</param>
/// <param name="Rpe">1 to 10 in steps of 0.5.</param>
/// <param name="IsWarmUp">A warm-up set; left out of records and volume.</param>
public sealed record AddWorkoutSetRequest(
    Guid ExerciseId, int? Reps = null, decimal? Weight = null, int? DurationSeconds = null, decimal? DistanceMeters = null, decimal? Rpe = null, bool IsWarmUp = false);
