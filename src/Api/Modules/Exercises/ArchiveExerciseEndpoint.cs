using Platform.Application.Exercises;
using Platform.Application.Exercises.ArchiveExercise;

namespace Platform.Api.Modules.Exercises;

internal static class ArchiveExerciseEndpoint
{
    public static RouteHandlerBuilder MapArchiveExercise(this IEndpointRouteBuilder group) =>
        group.MapPost("/{id:guid}/archive", async Task<Results<Ok<ExerciseResponse>, ProblemHttpResult>> (
                Guid id, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ArchiveExerciseCommand(id, user.UserId()), cancellationToken)).ToOk())
            .WithSummary("Archive an exercise of your own")
            .WithDescription("It stays in past workouts but is left out of lists unless `includeArchived=true`. The catalogue's are read-only (403).")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("ArchiveExercise");
}
