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
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetWorkout");
}
