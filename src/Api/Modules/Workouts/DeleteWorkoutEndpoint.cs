using Platform.Application.Workouts.DeleteWorkout;

namespace Platform.Api.Modules.Workouts;

internal static class DeleteWorkoutEndpoint
{
    public static RouteHandlerBuilder MapDeleteWorkout(this IEndpointRouteBuilder group) =>
        group.MapDelete("/{id:guid}", async Task<Results<NoContent, ProblemHttpResult>> (
                Guid id, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new DeleteWorkoutCommand(id, user.UserId()), cancellationToken)).ToNoContent())
            .WithSummary("Delete one of your workouts with its sets")
            .WithDescription("Answers 204 once the workout and its sets are gone, and they leave your records and statistics. Another user's workout answers 404 `workout_not_found`, like one that does not exist; a change saved at the same moment answers 412 `precondition_failed`.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .WithName("DeleteWorkout");
}
