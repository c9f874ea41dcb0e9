using Platform.Application.Projects;
using Platform.Application.Projects.CreateProject;

namespace Platform.Api.Modules.Projects;

internal sealed class CreateProjectEndpoint : IEndpoint<ProjectsModule>
{
    public IReadOnlyCollection<ApiVersion> Versions { get; } = [ApiVersions.V1];

    public RouteHandlerBuilder Map(IEndpointRouteBuilder group) =>
        group.MapPost("", async Task<Results<Created<ProjectResponse>, ProblemHttpResult>> (
                CreateProjectCommand command, ClaimsPrincipal user, HttpRequest request, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(command with { OwnerId = user.UserId() }, cancellationToken))
                    .ToCreated(created => $"{request.PathBase}{request.Path.Value?.TrimEnd('/')}/{created.Id}"))
            .WithSummary("Create a project; you become its owner")
            .WithDescription("`key`: 2-10 letters and digits starting with a letter, unique (409 `project_key_taken`); `name` 1-200 characters; optional `description` (up to 4000) and `tags` (up to 20).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
}
