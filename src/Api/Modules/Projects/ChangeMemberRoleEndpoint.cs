using Platform.Application.Projects;
using Platform.Application.Projects.ChangeMemberRole;

namespace Platform.Api.Modules.Projects;

internal static class ChangeMemberRoleEndpoint
{
    public static RouteHandlerBuilder MapChangeMemberRole(this IEndpointRouteBuilder group) =>
        group.MapPut("/{id:guid}/members/{userId:guid}", async Task<Results<Ok<MemberResponse>, ProblemHttpResult>> (
                Guid id, Guid userId, ChangeMemberRoleRequest body, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ChangeMemberRoleCommand(body.Role) { ProjectId = id, UserId = userId, ActorId = user.UserId() }, cancellationToken)).ToOk())
            .WithSummary("Change a member's role (owners and maintainers)")
            .WithDescription("Body `{\"role\": \"viewer\"}`: maintainer, member or viewer. The owner's role changes only by a transfer (400 `project_owner_role_reserved`).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("ChangeMemberRole");
}

/// <summary>Changes a member's role; owners and maintainers may. The owner's role changes only by a transfer.</summary>
/// <param name="Role">maintainer, member or viewer.</param>
public sealed record ChangeMemberRoleRequest([property: ValuesFrom(typeof(ProjectNames), nameof(ProjectNames.MemberRoles))] string? Role);
