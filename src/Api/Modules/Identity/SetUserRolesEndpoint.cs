using Platform.Application.Identity;
using Platform.Application.Identity.SetUserRoles;
using Platform.Domain.Identity;

namespace Platform.Api.Modules.Identity;

internal static class SetUserRolesEndpoint
{
    public static RouteHandlerBuilder MapSetUserRoles(this IEndpointRouteBuilder group) =>
        group.MapPut("/{id:guid}/roles", async Task<Results<Ok<UserDetailsResponse>, ProblemHttpResult>> (
                Guid id, SetUserRolesRequest body, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new SetUserRolesCommand(body.Roles) { Id = id, ActorId = user.UserId() }, cancellationToken)).ToOk())
            .RequireAuthorization(AuthorizationPolicies.Admin)
            .WithSummary("Set an account's roles (administrators)")
            .WithDescription("Body `{\"roles\": [\"user\", \"admin\"]}`: the complete set. Added roles reach the account's tokens at its next refresh; taking a role away ends its sessions. Taking away your own admin role is a 409 `cannot_manage_self`.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("SetUserRoles");
}

/// <summary>
/// An administrator sets an account's roles. Added roles show in the next access token (at the next refresh);
/// taking a role away ends the account's sessions, so no token keeps a role it lost.
/// </summary>
/// <param name="Roles">The complete, non-empty set: user, moderator, admin.</param>
public sealed record SetUserRolesRequest([property: ValuesFrom(typeof(Role), nameof(Role.All))] IReadOnlyList<string> Roles);
