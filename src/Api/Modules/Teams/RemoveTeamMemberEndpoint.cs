using Platform.Application.Teams.RemoveTeamMember;

namespace Platform.Api.Modules.Teams;

internal static class RemoveTeamMemberEndpoint
{
    public static RouteHandlerBuilder MapRemoveTeamMember(this IEndpointRouteBuilder group) =>
        group.MapDelete("/{id:guid}/members/{userId:guid}", async Task<Results<NoContent, ProblemHttpResult>> (
                Guid id, Guid userId, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new RemoveTeamMemberCommand(id, userId, user.UserId()), cancellationToken)).ToNoContent())
            .WithSummary("Remove a member, or leave the team (your own id)")
            .WithDescription("The captain removes anyone else; any member removes themself (leaves); others 403 `team_permission_denied`. The captain cannot leave (409 `captain_must_hand_over`): hand the captaincy over first, or delete the team. Not a member: 404 `team_member_not_found`.")
            .WithName("RemoveTeamMember")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
