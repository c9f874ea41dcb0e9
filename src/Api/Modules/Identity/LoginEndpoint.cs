using Platform.Application.Identity;
using Platform.Application.Identity.Login;

namespace Platform.Api.Modules.Identity;

internal static class LoginEndpoint
{
    public static RouteHandlerBuilder MapLogin(this IEndpointRouteBuilder group) =>
        group.MapPost("/login", async Task<Results<Ok<AccessTokenResponse>, Ok<WebSessionResponse>, ProblemHttpResult>> (
                LoginRequest body, HttpContext http, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new LoginCommand(body.Email, body.Password) { Device = ClientDeviceFilter.DeviceOf(http) }, cancellationToken)).ToTokensFor(http))
            .AllowAnonymous()
            .RequireClientDevice()
            .RequireAuthRateLimits<LoginRequest>(AuthRateLimits.LoginPolicy, body => body.Email)
            .WithSummary("Sign in on a device: a new session with an access token and a refresh token")
            .WithDescription(
                "Answers a 15-minute bearer JWT and a single-use refresh token (30 days). With `X-App-Type: web` the tokens are set as " +
                "HttpOnly cookies instead and the body carries their lifetimes and a CSRF token (see the README). A wrong e-mail and a " +
                "wrong password give the same 401 `invalid_credentials`.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .WithName("Login");
}

/// <summary>Exchanges an e-mail address and password for a new device session and its tokens.</summary>
public sealed record LoginRequest(string Email, string Password);
