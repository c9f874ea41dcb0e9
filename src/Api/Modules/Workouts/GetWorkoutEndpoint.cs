using Platform.Application.Workouts;
using Platform.Application.Workouts.GetWorkout;

namespace Platform.Api.Modules.Workouts;

internal static class GetWorkoutEndpoint
{
    public static RouteHandlerBuilder MapGetWorkout(this IEndpointRouteBuilder group) =>
        group.MapGet("/{id:guid}", async Task<Results<Ok<WorkoutResponse>, ProblemHttpResult>> (
                Guid id, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetWorkoutQuery(id, user.UserId()), cancellationToken)).ToOk())
            .WithSummary("One of your workouts with its sets")
            .WithDescription("The workout, its sets by position, weights in your profile's unit (`weightUnit`). Another user's workout answers 404 `workout_not_found`, like one that does not exist.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetWorkout");
}
