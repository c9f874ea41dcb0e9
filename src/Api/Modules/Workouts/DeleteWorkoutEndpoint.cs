using Platform.Application.Workouts.DeleteWorkout;

namespace Platform.Api.Modules.Workouts;

internal sealed class DeleteWorkoutEndpoint : IEndpoint<WorkoutsModule>
{
    public IReadOnlyCollection<ApiVersion> Versions { get; } = [ApiVersions.V1];

    public RouteHandlerBuilder Map(IEndpointRouteBuilder group) =>
        group.MapDelete("/{id:guid}", async Task<Results<NoContent, ProblemHttpResult>> (
                Guid id, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new DeleteWorkoutCommand(id, user.UserId()), cancellationToken)).ToNoContent())
            .WithSummary("Delete one of your workouts with its sets")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
}
