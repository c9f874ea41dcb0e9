using Platform.Application.Identity;
using Platform.Application.Identity.UpdateUser;

namespace Platform.Api.Modules.Users;

internal sealed class UpdateUserEndpoint : IEndpoint<UsersModule>
{
    public IReadOnlyCollection<ApiVersion> Versions { get; } = [ApiVersions.V1];

    public RouteHandlerBuilder Map(IEndpointRouteBuilder group) =>
        group.MapPut("/{id:guid}", async Task<Results<Ok<UserDetailsResponse>, ProblemHttpResult>> (
                Guid id, UpdateUserCommand command, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(command with { Id = id }, cancellationToken)).ToOk())
            .RequireAuthorization(AuthorizationPolicies.Admin)
            .WithSummary("Replace an account's e-mail address, display name, locale and time zone (administrators)")
            .WithDescription("All four fields are required. Roles, locks and passwords have their own endpoints.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
