using Platform.Application.Identity;
using Platform.Application.Identity.CreateUser;

namespace Platform.Api.Modules.Users;

internal sealed class CreateUserEndpoint : IEndpoint<UsersModule>
{
    public IReadOnlyCollection<ApiVersion> Versions { get; } = [ApiVersions.V1];

    public RouteHandlerBuilder Map(IEndpointRouteBuilder group) =>
        group.MapPost("/", async Task<Results<Created<UserDetailsResponse>, ProblemHttpResult>> (
                CreateUserCommand command, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(command, cancellationToken)).ToCreated(user => $"/api/v1/users/{user.Id}"))
            .RequireAuthorization(AuthorizationPolicies.Admin)
            .WithSummary("Create an account (administrators)")
            .WithDescription("Like sign-up, plus `roles` (default [\"user\"]), `locale` and `timeZone`. A taken e-mail address is a 409 `email_already_registered`.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
