using System.ComponentModel.DataAnnotations;
using Platform.Application.Workouts;
using Platform.Application.Workouts.CreateWorkout;
using Platform.Domain.Workouts;

namespace Platform.Api.Modules.Workouts;

internal static class CreateWorkoutEndpoint
{
    public static RouteHandlerBuilder MapCreateWorkout(this IEndpointRouteBuilder group) =>
        group.MapPost("", async Task<Results<Created<WorkoutResponse>, ProblemHttpResult>> (
                CreateWorkoutRequest body, ClaimsPrincipal user, HttpRequest request, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new CreateWorkoutCommand(body.Title, body.Notes, body.StartedAt, body.EndedAt, SetRequest.ToInputs(body.Sets)) { OwnerId = user.UserId() }, cancellationToken))
                    .ToCreated(created => $"{request.PathBase}{request.Path.Value?.TrimEnd('/')}/{created.Id}"))
            .WithSummary("Log a workout with its sets")
            .WithDescription(
                "Sets in order, each with the measures of its exercise's category: strength needs `reps` (and `weight`, in your profile's `weightUnit`, unless bodyweight), " +
                "cardio `durationSeconds` or `distanceMeters`, mobility `durationSeconds` or `reps`; `rpe` 1-10 in steps of 0.5; `isWarmUp`. " +
                "A workout starts no later than now (5 minutes of clock skew allowed), ends after it starts and lasts at most 24 hours. " +
                "Unknown fields are a 400 (`weightKg` of earlier builds is now `weight`).")
            .ProducesValidationProblem()
            .WithName("CreateWorkout");
}

/// <summary>Logs a workout of the caller with its sets, in the order given.</summary>
/// <param name="Title">Up to 200 characters.</param>
/// <param name="Notes">Up to 4000 characters.</param>
/// <param name="StartedAt">When it started; not in the future.</param>
/// <param name="EndedAt">When it ended: after the start, at most 24 hours later; leave it out while it goes on.</param>
/// <param name="Sets">Up to 100 sets.</param>
public sealed record CreateWorkoutRequest(
    DateTimeOffset? StartedAt,
    string? Title = null,
    string? Notes = null,
    DateTimeOffset? EndedAt = null,
    [property: MaxLength(Workout.MaxSets)] IReadOnlyList<SetRequest>? Sets = null);

/// <summary>One set as the client sends it; the weight is in the caller's unit (their profile's <c>weightUnit</c>, kg unless changed).</summary>
/// <param name="ExerciseId">An exercise of the catalogue or of your own, not archived.</param>
/// <param name="Reps">Repetitions, 0-1000 (strength needs them).</param>
/// <param name="Weight">Load in your unit, up to 2 decimals: 0-1000 kg (2204.62 lb).</param>
/// <param name="DurationSeconds">Seconds, 1 to 86400 (cardio needs a duration or a distance; mobility a duration or reps).</param>
/// <param name="DistanceMeters">Meters, up to 1,000,000.</param>
/// <param name="Rpe">1 to 10 in steps of 0.5.</param>
/// <param name="IsWarmUp">A warm-up set; left out of records and volume.</param>
public sealed record SetRequest(
    Guid ExerciseId, int? Reps = null, decimal? Weight = null, int? DurationSeconds = null, decimal? DistanceMeters = null, decimal? Rpe = null, bool IsWarmUp = false)
{
    /// <summary>The sets for the command; a null one stays null, for the validator to name it.</summary>
    public static IReadOnlyList<SetInput>? ToInputs(IReadOnlyList<SetRequest>? sets) =>
        sets?.Select(set => set is null ? null! : new SetInput(set.ExerciseId, set.Reps, set.Weight, set.DurationSeconds, set.DistanceMeters, set.Rpe, set.IsWarmUp))
            .ToList();
}
