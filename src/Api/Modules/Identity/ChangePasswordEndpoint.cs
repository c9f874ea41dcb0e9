using Platform.Application.Identity.ChangePassword;

namespace Platform.Api.Modules.Identity;

internal static class ChangePasswordEndpoint
{
    public static RouteHandlerBuilder MapChangePassword(this IEndpointRouteBuilder group) =>
        group.MapPost("/password/change", async Task<Results<NoContent, ProblemHttpResult>> (
                ChangePasswordRequest body, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ChangePasswordCommand(body.CurrentPassword, body.NewPassword) { UserId = user.UserId(), SessionId = user.SessionId() }, cancellationToken)).ToNoContent())
            .RequireAuthorization(AuthorizationPolicies.LocalSession)
            .WithSummary("Change the password, giving the current one")
            .WithDescription(
                "This session stays signed in; every other session of the account ends. A wrong current password is a 400 " +
                "`password_incorrect`, a new one equal to it a 400 `password_unchanged`.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .WithName("ChangePassword");
}

/// <summary>Replaces the caller's password, given the current one; every other session of the account ends.</summary>
/// <param name="CurrentPassword">The password in use now.</param>
/// <param name="NewPassword">12-128 characters, not a commonly used password, different from the current one.</param>
public sealed record ChangePasswordRequest(string CurrentPassword, string NewPassword);
