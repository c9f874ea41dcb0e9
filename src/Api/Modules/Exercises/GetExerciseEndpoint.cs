using Platform.Application.Exercises;
using Platform.Application.Exercises.GetExercise;

namespace Platform.Api.Modules.Exercises;

internal static class GetExerciseEndpoint
{
    public static RouteHandlerBuilder MapGetExercise(this IEndpointRouteBuilder group) =>
        group.MapGet("/{id:guid}", async Task<Results<Ok<ExerciseResponse>, ProblemHttpResult>> (
                Guid id, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetExerciseQuery(id, user.UserId()), cancellationToken)).ToOk())
            .WithSummary("One exercise of the catalogue or of your own")
            .WithDescription("A catalogue exercise, or one of your own. Another user's own exercise answers 404 `exercise_not_found`, like one that does not exist.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetExercise");
}
