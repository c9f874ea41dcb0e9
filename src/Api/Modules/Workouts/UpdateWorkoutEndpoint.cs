using Platform.Application.Workouts;
using Platform.Application.Workouts.UpdateWorkout;

namespace Platform.Api.Modules.Workouts;

internal static class UpdateWorkoutEndpoint
{
    public static RouteHandlerBuilder MapUpdateWorkout(this IEndpointRouteBuilder group) =>
        group.MapPut("/{id:guid}", async Task<Results<Ok<WorkoutResponse>, ProblemHttpResult>> (
                Guid id, UpdateWorkoutRequest body, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new UpdateWorkoutCommand(body.Title, body.Notes, body.StartedAt, body.EndedAt) { Id = id, OwnerId = user.UserId() }, cancellationToken)).ToOk())
            .WithSummary("Replace the title, notes and times of one of your workouts")
            .WithDescription(
                "The sets stay as they are; change them with the `/sets` routes. The same rules as logging one: it starts no later than now " +
                "(5 minutes of clock skew allowed), ends after it starts and lasts at most 24 hours.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .WithName("UpdateWorkout");
}

/// <summary>Replaces the title, notes and times of one of the caller's workouts; its sets change through the set routes.</summary>
/// <param name="Title">Up to 200 characters.</param>
/// <param name="Notes">Up to 4000 characters.</param>
/// <param name="StartedAt">When it started; not in the future.</param>
/// <param name="EndedAt">When it ended: after the start, at most 24 hours later; leave it out while it goes on.</param>
public sealed record UpdateWorkoutRequest(DateTimeOffset? StartedAt, string? Title = null, string? Notes = null, DateTimeOffset? EndedAt = null);
