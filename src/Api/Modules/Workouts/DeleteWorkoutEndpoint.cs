using Platform.Application.Workouts.DeleteWorkout;

namespace Platform.Api.Modules.Workouts;

internal static class DeleteWorkoutEndpoint
{
    public static RouteHandlerBuilder MapDeleteWorkout(this IEndpointRouteBuilder group) =>
        group.MapDelete("/{id:guid}", async Task<Results<NoContent, ProblemHttpResult>> (
                Guid id, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new DeleteWorkoutCommand(id, user.UserId()), cancellationToken)).ToNoContent())
            .WithSummary("Delete one of your workouts with its sets")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .WithName("DeleteWorkout");
}
