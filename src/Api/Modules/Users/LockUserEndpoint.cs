using Platform.Application.Identity;
using Platform.Application.Identity.LockUser;

namespace Platform.Api.Modules.Users;

internal sealed class LockUserEndpoint : IEndpoint<UsersModule>
{
    public IReadOnlyCollection<ApiVersion> Versions { get; } = [ApiVersions.V1];

    public RouteHandlerBuilder Map(IEndpointRouteBuilder group) =>
        group.MapPost("/{id:guid}/lock", async Task<Results<Ok<UserDetailsResponse>, ProblemHttpResult>> (
                Guid id, LockUserCommand? command, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send((command ?? new LockUserCommand()) with { Id = id }, cancellationToken)).ToOk())
            .RequireAuthorization(AuthorizationPolicies.Admin)
            .WithSummary("Lock an account and end its sessions (administrators)")
            .WithDescription("Optional body `{\"until\": \"2026-12-01T00:00:00Z\"}`; without it the lock lasts until unlocked. Sign-ins answer 401 `invalid_credentials` while locked. Locking yourself is a 409 `cannot_manage_self`.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
