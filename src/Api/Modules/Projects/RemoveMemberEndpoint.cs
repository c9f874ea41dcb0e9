using Platform.Application.Projects;
using Platform.Application.Projects.RemoveMember;

namespace Platform.Api.Modules.Projects;

internal static class RemoveMemberEndpoint
{
    public static RouteHandlerBuilder MapRemoveMember(this IEndpointRouteBuilder group) =>
        group.MapDelete("/{id:guid}/members/{userId:guid}", async Task<Results<NoContent, ProblemHttpResult>> (
                Guid id, Guid userId, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new RemoveMemberCommand(id, userId, user.UserId()), cancellationToken)).ToNoContent())
            .WithSummary("Remove a member, or leave a project yourself")
            .WithDescription("Owners and maintainers remove members; anyone may remove themselves, except the owner (409 `project_owner_cannot_leave`: transfer first).")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("RemoveMember");
}
