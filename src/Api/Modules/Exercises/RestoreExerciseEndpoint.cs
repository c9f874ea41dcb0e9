using Platform.Application.Exercises;
using Platform.Application.Exercises.ArchiveExercise;

namespace Platform.Api.Modules.Exercises;

internal static class RestoreExerciseEndpoint
{
    public static RouteHandlerBuilder MapRestoreExercise(this IEndpointRouteBuilder group) =>
        group.MapPost("/{id:guid}/restore", async Task<Results<Ok<ExerciseResponse>, ProblemHttpResult>> (
                Guid id, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ArchiveExerciseCommand(id, user.UserId(), Archived: false), cancellationToken)).ToOk())
            .WithSummary("Bring an archived exercise of your own back into the lists")
            .WithDescription("Answers the exercise, listed again. The catalogue's exercises answer 403 `exercise_read_only`; another user's 404 `exercise_not_found`.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("RestoreExercise");
}
