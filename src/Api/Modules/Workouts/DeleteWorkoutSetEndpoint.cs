using Platform.Application.Workouts.DeleteWorkoutSet;

namespace Platform.Api.Modules.Workouts;

internal static class DeleteWorkoutSetEndpoint
{
    public static RouteHandlerBuilder MapDeleteWorkoutSet(this IEndpointRouteBuilder group) =>
        group.MapDelete("/{id:guid}/sets/{setId:guid}", async Task<Results<NoContent, ProblemHttpResult>> (
                Guid id, Guid setId, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new DeleteWorkoutSetCommand(id, setId, user.UserId()), cancellationToken)).ToNoContent())
            .WithSummary("Delete one set of your workouts")
            .WithDescription("The sets after it move up one place; records and statistics follow at once.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .WithName("DeleteWorkoutSet");
}
