using Platform.Application.Projects;
using Platform.Application.Projects.DeleteProject;

namespace Platform.Api.Modules.Projects;

internal sealed class DeleteProjectEndpoint : IEndpoint<ProjectsModule>
{
    public IReadOnlyCollection<ApiVersion> Versions { get; } = [ApiVersions.V1];

    public RouteHandlerBuilder Map(IEndpointRouteBuilder group) =>
        group.MapDelete("/{id:guid}", async Task<Results<NoContent, ProblemHttpResult>> (
                Guid id, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new DeleteProjectCommand(id, user.UserId()), cancellationToken)).ToNoContent())
            .WithSummary("Delete a project with its members (the owner only)")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
