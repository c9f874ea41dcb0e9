using Platform.Application.Identity.DeleteUser;

namespace Platform.Api.Modules.Identity;

internal static class DeleteUserEndpoint
{
    public static RouteHandlerBuilder MapDeleteUser(this IEndpointRouteBuilder group) =>
        group.MapDelete("/{id:guid}", async Task<Results<NoContent, ProblemHttpResult>> (
                Guid id, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new DeleteUserCommand(id) { ActorId = user.UserId() }, cancellationToken)).ToNoContent())
            .RequireAuthorization(AuthorizationPolicies.Admin)
            .WithSummary("Delete an account (administrators)")
            .WithDescription("A soft delete: the account can no longer sign in, its sessions end (access tokens within 5 seconds), its e-mail address can be registered again, and the row stays for the audit trail. Deleting yourself is a 409 `cannot_manage_self`.")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("DeleteUser");
}
