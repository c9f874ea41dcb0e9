using Platform.Application.Identity;
using Platform.Application.Identity.SetUserRoles;

namespace Platform.Api.Modules.Users;

internal sealed class SetUserRolesEndpoint : IEndpoint<UsersModule>
{
    public IReadOnlyCollection<ApiVersion> Versions { get; } = [ApiVersions.V1];

    public RouteHandlerBuilder Map(IEndpointRouteBuilder group) =>
        group.MapPut("/{id:guid}/roles", async Task<Results<Ok<UserDetailsResponse>, ProblemHttpResult>> (
                Guid id, SetUserRolesCommand command, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(command with { Id = id }, cancellationToken)).ToOk())
            .RequireAuthorization(AuthorizationPolicies.Admin)
            .WithSummary("Set an account's roles (administrators)")
            .WithDescription("Body `{\"roles\": [\"user\", \"admin\"]}`: the complete set. Added roles reach the account's tokens at its next refresh; taking a role away ends its sessions. Taking away your own admin role is a 409 `cannot_manage_self`.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
