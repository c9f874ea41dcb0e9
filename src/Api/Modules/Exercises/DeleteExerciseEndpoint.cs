using Platform.Application.Exercises.DeleteExercise;

namespace Platform.Api.Modules.Exercises;

internal static class DeleteExerciseEndpoint
{
    public static RouteHandlerBuilder MapDeleteExercise(this IEndpointRouteBuilder group) =>
        group.MapDelete("/{id:guid}", async Task<Results<NoContent, ProblemHttpResult>> (
                Guid id, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new DeleteExerciseCommand(id, user.UserId()), cancellationToken)).ToNoContent())
            .WithSummary("Delete an exercise of your own")
            .WithDescription("Only while no logged set uses it (409 `exercise_in_use`: archive it instead). The catalogue's are read-only (403).")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("DeleteExercise");
}
