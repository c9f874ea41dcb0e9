using Platform.Application.Workouts;
using Platform.Application.Workouts.UpdateWorkout;

namespace Platform.Api.Modules.Workouts;

internal sealed class UpdateWorkoutEndpoint : IEndpoint<WorkoutsModule>
{
    public IReadOnlyCollection<ApiVersion> Versions { get; } = [ApiVersions.V1];

    public RouteHandlerBuilder Map(IEndpointRouteBuilder group) =>
        group.MapPut("/{id:guid}", async Task<Results<Ok<WorkoutResponse>, ProblemHttpResult>> (
                Guid id, UpdateWorkoutCommand command, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(command with { Id = id, OwnerId = user.UserId() }, cancellationToken)).ToOk())
            .WithSummary("Replace the title, notes and times of one of your workouts")
            .WithDescription(
                "The sets stay as they are; change them with the `/sets` routes. The same rules as logging one: it starts no later than now " +
                "(5 minutes of clock skew allowed), ends after it starts and lasts at most 24 hours.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
}
