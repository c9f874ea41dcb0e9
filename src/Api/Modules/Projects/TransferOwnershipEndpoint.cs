using Platform.Application.Projects;
using Platform.Application.Projects.TransferOwnership;

namespace Platform.Api.Modules.Projects;

internal sealed class TransferOwnershipEndpoint : IEndpoint<ProjectsModule>
{
    public IReadOnlyCollection<ApiVersion> Versions { get; } = [ApiVersions.V2];

    public RouteHandlerBuilder Map(IEndpointRouteBuilder group) =>
        group.MapPost("/{id:guid}/transfer-ownership", async Task<Results<Ok<ProjectV2Response>, ProblemHttpResult>> (
                Guid id, TransferOwnershipCommand command, ClaimsPrincipal user, HttpContext http, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(command with { ProjectId = id, ActorId = user.UserId() }, cancellationToken)).ToOkWithEntityTag(http, project => project.Version))
            .WithSummary("Hand a project to another member (the owner only); you stay as a maintainer")
            .WithDescription("Body `{\"userId\": \"…\"}`: a current member (404 `project_member_not_found` otherwise).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
