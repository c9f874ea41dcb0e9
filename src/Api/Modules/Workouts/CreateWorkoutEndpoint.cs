using Platform.Application.Workouts;
using Platform.Application.Workouts.CreateWorkout;

namespace Platform.Api.Modules.Workouts;

internal sealed class CreateWorkoutEndpoint : IEndpoint<WorkoutsModule>
{
    public IReadOnlyCollection<ApiVersion> Versions { get; } = [ApiVersions.V1];

    public RouteHandlerBuilder Map(IEndpointRouteBuilder group) =>
        group.MapPost("", async Task<Results<Created<WorkoutResponse>, ProblemHttpResult>> (
                CreateWorkoutCommand command, ClaimsPrincipal user, HttpRequest request, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(command with { OwnerId = user.UserId() }, cancellationToken))
                    .ToCreated(created => $"{request.PathBase}{request.Path.Value?.TrimEnd('/')}/{created.Id}"))
            .WithSummary("Log a workout with its sets")
            .WithDescription(
                "Sets in order, each with the measures of its exercise's category: strength needs `reps` (and `weight`, in your profile's `weightUnit`, unless bodyweight), " +
                "cardio `durationSeconds` or `distanceMeters`, mobility `durationSeconds` or `reps`; `rpe` 1-10 in steps of 0.5; `isWarmUp`. " +
                "A workout starts no later than now (5 minutes of clock skew allowed), ends after it starts and lasts at most 24 hours. " +
                "Unknown fields are a 400 (`weightKg` of earlier builds is now `weight`).")
            .ProducesValidationProblem();
}
