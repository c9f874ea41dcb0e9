using Platform.Application.Workouts;
using Platform.Application.Workouts.ReorderWorkoutSets;

namespace Platform.Api.Modules.Workouts;

internal sealed class ReorderWorkoutSetsEndpoint : IEndpoint<WorkoutsModule>
{
    public IReadOnlyCollection<ApiVersion> Versions { get; } = [ApiVersions.V1];

    public RouteHandlerBuilder Map(IEndpointRouteBuilder group) =>
        group.MapPut("/{id:guid}/sets/order", async Task<Results<Ok<WorkoutResponse>, ProblemHttpResult>> (
                Guid id, ReorderWorkoutSetsCommand command, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(command with { Id = id, OwnerId = user.UserId() }, cancellationToken)).ToOk())
            .WithSummary("Put the sets of one of your workouts in a new order")
            .WithDescription("`setIds` names every set of the workout exactly once, in the new order (400 `workout_set_order_invalid` otherwise).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
}
