using Platform.Application.Exercises;
using Platform.Application.Exercises.CreateExercise;

namespace Platform.Api.Modules.Exercises;

internal sealed class CreateExerciseEndpoint : IEndpoint<ExercisesModule>
{
    public IReadOnlyCollection<ApiVersion> Versions { get; } = [ApiVersions.V1];

    public RouteHandlerBuilder Map(IEndpointRouteBuilder group) =>
        group.MapPost("", async Task<Results<Created<ExerciseResponse>, ProblemHttpResult>> (
                CreateExerciseCommand command, ClaimsPrincipal user, HttpRequest request, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(command with { OwnerId = user.UserId() }, cancellationToken))
                    .ToCreated(created => $"{request.PathBase}{request.Path.Value?.TrimEnd('/')}/{created.Id}"))
            .WithSummary("Create an exercise of your own")
            .WithDescription("Visible to you alone. The muscle groups and equipment take the names listed on GET /api/v1/exercises.")
            .ProducesValidationProblem();
}
