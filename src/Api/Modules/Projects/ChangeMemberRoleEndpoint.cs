using Platform.Application.Projects;
using Platform.Application.Projects.ChangeMemberRole;

namespace Platform.Api.Modules.Projects;

internal sealed class ChangeMemberRoleEndpoint : IEndpoint<ProjectsModule>
{
    public IReadOnlyCollection<ApiVersion> Versions { get; } = [ApiVersions.V1];

    public RouteHandlerBuilder Map(IEndpointRouteBuilder group) =>
        group.MapPut("/{id:guid}/members/{userId:guid}", async Task<Results<Ok<MemberResponse>, ProblemHttpResult>> (
                Guid id, Guid userId, ChangeMemberRoleCommand command, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(command with { ProjectId = id, UserId = userId, ActorId = user.UserId() }, cancellationToken)).ToOk())
            .WithSummary("Change a member's role (owners and maintainers)")
            .WithDescription("Body `{\"role\": \"viewer\"}`: maintainer, member or viewer. The owner's role changes only by a transfer (400 `project_owner_role_reserved`).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
