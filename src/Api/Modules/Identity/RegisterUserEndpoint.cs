using Platform.Application.Identity.RegisterUser;

namespace Platform.Api.Modules.Identity;

internal sealed class RegisterUserEndpoint : IEndpoint<AuthModule>
{
    public IReadOnlyCollection<ApiVersion> Versions { get; } = [ApiVersions.V1];

    public RouteHandlerBuilder Map(IEndpointRouteBuilder group) =>
        group.MapPost("/register", async Task<Results<Created<RegisteredUserResponse>, ProblemHttpResult>> (
                RegisterUserCommand command, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(command, cancellationToken)).ToCreated(user => "/api/v1/auth/me"))
            .AllowAnonymous()
            .RequireAuthRateLimits<RegisterUserCommand>(AuthRateLimits.RegisterPolicy, command => command.Email)
            .WithSummary("Create an account")
            .WithDescription("E-mail (case-insensitive, unique), password (12-128 characters, not a common password) and display name (1-100 characters, trimmed).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
}
