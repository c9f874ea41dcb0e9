using System.ComponentModel.DataAnnotations;
using Platform.Application.Workouts;
using Platform.Application.Workouts.ReorderWorkoutSets;
using Platform.Domain.Workouts;

namespace Platform.Api.Modules.Workouts;

internal static class ReorderWorkoutSetsEndpoint
{
    public static RouteHandlerBuilder MapReorderWorkoutSets(this IEndpointRouteBuilder group) =>
        group.MapPut("/{id:guid}/sets/order", async Task<Results<Ok<WorkoutResponse>, ProblemHttpResult>> (
                Guid id, ReorderWorkoutSetsRequest body, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ReorderWorkoutSetsCommand(body.SetIds) { Id = id, OwnerId = user.UserId() }, cancellationToken)).ToOk())
            .WithSummary("Put the sets of one of your workouts in a new order")
            .WithDescription("`setIds` names every set of the workout exactly once, in the new order (400 `workout_set_order_invalid` otherwise).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .WithName("ReorderWorkoutSets");
}

/// <summary>Puts the sets of one of the caller's workouts in a new order.</summary>
/// <param name="SetIds">Every set of the workout exactly once, in the new order.</param>
public sealed record ReorderWorkoutSetsRequest([property: MaxLength(Workout.MaxSets)] IReadOnlyList<Guid>? SetIds);
