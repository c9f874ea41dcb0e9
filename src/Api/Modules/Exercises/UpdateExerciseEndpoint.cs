using Platform.Application.Exercises;
using Platform.Application.Exercises.UpdateExercise;

namespace Platform.Api.Modules.Exercises;

internal sealed class UpdateExerciseEndpoint : IEndpoint<ExercisesModule>
{
    public IReadOnlyCollection<ApiVersion> Versions { get; } = [ApiVersions.V1];

    public RouteHandlerBuilder Map(IEndpointRouteBuilder group) =>
        group.MapPut("/{id:guid}", async Task<Results<Ok<ExerciseResponse>, ProblemHttpResult>> (
                Guid id, UpdateExerciseCommand command, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(command with { Id = id, OwnerId = user.UserId() }, cancellationToken)).ToOk())
            .WithSummary("Replace the description of an exercise of your own")
            .WithDescription("The catalogue's exercises are read-only: 403 `exercise_read_only`.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
