using Platform.Application.Identity.ResetPassword;

namespace Platform.Api.Modules.Identity;

internal static class ResetPasswordEndpoint
{
    public static RouteHandlerBuilder MapResetPassword(this IEndpointRouteBuilder group) =>
        group.MapPost("/password/reset", async Task<Results<NoContent, ProblemHttpResult>> (
                ResetPasswordRequest body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ResetPasswordCommand(body.Token, body.NewPassword), cancellationToken)).ToNoContent())
            .AllowAnonymous()
            .RequireAuthRateLimits<ResetPasswordRequest>(AuthRateLimits.PasswordResetPolicy, body => body.Token)
            .WithSummary("Set a new password with the token of a reset mail")
            .WithDescription(
                "Every session of the account ends (its access tokens stop within 5 seconds) and a lockout is lifted. " +
                "A wrong, expired or used token is a 400 `password_reset_token_invalid`.")
            .ProducesValidationProblem()
            .WithName("ResetPassword");
}

/// <summary>Sets a new password with the token of a reset mail, and ends every session of the account.</summary>
/// <param name="Token">The token from the mailed link.</param>
/// <param name="NewPassword">12-128 characters, not a commonly used password.</param>
public sealed record ResetPasswordRequest(string Token, string NewPassword);
