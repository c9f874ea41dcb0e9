using Platform.Application.Identity.ResetPassword;

namespace Platform.Api.Modules.Identity;

internal sealed class ResetPasswordEndpoint : IEndpoint<AuthModule>
{
    public IReadOnlyCollection<ApiVersion> Versions { get; } = [ApiVersions.V1];

    public RouteHandlerBuilder Map(IEndpointRouteBuilder group) =>
        group.MapPost("/password/reset", async Task<Results<NoContent, ProblemHttpResult>> (
                ResetPasswordCommand command, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(command, cancellationToken)).ToNoContent())
            .AllowAnonymous()
            .RequireAuthRateLimits<ResetPasswordCommand>(AuthRateLimits.PasswordResetPolicy, command => command.Token)
            .WithSummary("Set a new password with the token of a reset mail")
            .WithDescription(
                "Every session of the account ends (its access tokens stop within 5 seconds) and a lockout is lifted. " +
                "A wrong, expired or used token is a 400 `password_reset_token_invalid`.")
            .ProducesValidationProblem();
}
