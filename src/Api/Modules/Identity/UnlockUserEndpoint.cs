using Platform.Application.Identity;
using Platform.Application.Identity.UnlockUser;

namespace Platform.Api.Modules.Identity;

internal static class UnlockUserEndpoint
{
    public static RouteHandlerBuilder MapUnlockUser(this IEndpointRouteBuilder group) =>
        group.MapPost("/{id:guid}/unlock", async Task<Results<Ok<UserDetailsResponse>, ProblemHttpResult>> (
                Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new UnlockUserCommand(id), cancellationToken)).ToOk())
            .RequireAuthorization(AuthorizationPolicies.Admin)
            .WithSummary("Lift a lock, from wrong passwords or from an administrator (administrators)")
            .WithDescription("Clears the lock and the count of wrong passwords, and answers the account. Needs the admin role (403 `forbidden` otherwise); an unknown id answers 404 `user_not_found`. Audited.")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("UnlockUser");
}
