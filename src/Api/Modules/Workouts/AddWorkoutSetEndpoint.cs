using Platform.Application.Workouts;
using Platform.Application.Workouts.AddWorkoutSet;

namespace Platform.Api.Modules.Workouts;

internal sealed class AddWorkoutSetEndpoint : IEndpoint<WorkoutsModule>
{
    public IReadOnlyCollection<ApiVersion> Versions { get; } = [ApiVersions.V1];

    public RouteHandlerBuilder Map(IEndpointRouteBuilder group) =>
        group.MapPost("/{id:guid}/sets", async Task<Results<Ok<WorkoutResponse>, ProblemHttpResult>> (
                Guid id, AddWorkoutSetCommand command, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(command with { Id = id, OwnerId = user.UserId() }, cancellationToken)).ToOk())
            .WithSummary("Add a set after the last one of one of your workouts")
            .WithDescription(
                "Answers the workout as it is now. The set needs the measures of its exercise's category; `weight` is in your profile's " +
                "`weightUnit` (kg unless changed). A workout holds at most 100 sets. Changes of one workout are taken one at a time: a " +
                "change that overlaps another gets 412 (read the workout again and retry).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
}
