using Platform.Application.Workouts;
using Platform.Application.Workouts.UpdateWorkoutSet;

namespace Platform.Api.Modules.Workouts;

internal sealed class UpdateWorkoutSetEndpoint : IEndpoint<WorkoutsModule>
{
    public IReadOnlyCollection<ApiVersion> Versions { get; } = [ApiVersions.V1];

    public RouteHandlerBuilder Map(IEndpointRouteBuilder group) =>
        group.MapPut("/{id:guid}/sets/{setId:guid}", async Task<Results<Ok<WorkoutResponse>, ProblemHttpResult>> (
                Guid id, Guid setId, UpdateWorkoutSetCommand command, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(command with { Id = id, SetId = setId, OwnerId = user.UserId() }, cancellationToken)).ToOk())
            .WithSummary("Replace the exercise and measures of one set of your workouts")
            .WithDescription("The set keeps its place. Answers the workout as it is now; records and statistics follow the change at once.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
}
