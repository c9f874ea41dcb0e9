using Platform.Application.Identity;
using Platform.Application.Identity.LockUser;

namespace Platform.Api.Modules.Identity;

internal static class LockUserEndpoint
{
    public static RouteHandlerBuilder MapLockUser(this IEndpointRouteBuilder group) =>
        group.MapPost("/{id:guid}/lock", async Task<Results<Ok<UserDetailsResponse>, ProblemHttpResult>> (
                Guid id, LockUserRequest? body, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new LockUserCommand(body?.Until) { Id = id, ActorId = user.UserId() }, cancellationToken)).ToOk())
            .RequireAuthorization(AuthorizationPolicies.Admin)
            .WithSummary("Lock an account and end its sessions (administrators)")
            .WithDescription("Optional body `{\"until\": \"2026-12-01T00:00:00Z\"}`; without it the lock lasts until unlocked. Sign-ins answer 401 `invalid_credentials` while locked. Locking yourself is a 409 `cannot_manage_self`.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("LockUser");
}

/// <summary>An administrator locks an account and ends its sessions.</summary>
/// <param name="Until">When the lock ends by itself; absent or null locks until an administrator unlocks.</param>
public sealed record LockUserRequest(DateTimeOffset? Until = null);
