using Platform.Application.Identity;
using Platform.Application.Identity.RefreshSession;

namespace Platform.Api.Modules.Identity;

internal static class RefreshSessionEndpoint
{
    public static RouteHandlerBuilder MapRefreshSession(this IEndpointRouteBuilder group) =>
        group.MapPost("/refresh", async Task<Results<Ok<AccessTokenResponse>, Ok<WebSessionResponse>, ProblemHttpResult>> (
                RefreshSessionRequest? body, HttpContext http, IMediator mediator, CancellationToken cancellationToken) =>
            {
                var refreshToken = body?.RefreshToken;
                if (string.IsNullOrEmpty(refreshToken) && WebSessionCookies.RefreshTokenOf(http.Request) is { } fromCookie)
                {
                    if (!WebSessionCookies.HasValidCsrfToken(http.Request))
                    {
                        return WebSessionCookies.CsrfRejection();
                    }

                    refreshToken = fromCookie;
                }

                var refreshed = await mediator.Send(
                    new RefreshSessionCommand(refreshToken ?? string.Empty) { Device = ClientDeviceFilter.DeviceOf(http) }, cancellationToken);
                return refreshed.ToTokensFor(http);
            })
            .AllowAnonymous()
            .RequireClientDevice()
            .WithSummary("Trade a refresh token for a new token pair (rotation)")
            .WithDescription(
                "The presented refresh token is used up. Presenting a used one again ends the session (401 `refresh_token_reused`); of " +
                "concurrent refreshes with one token exactly one succeeds (the others get 401 `refresh_token_superseded`). Web clients send " +
                "no body: the refresh cookie is read, and `X-CSRF-Token` must match the CSRF cookie (else 403 `csrf_token_invalid`).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .WithName("RefreshSession");
}

/// <summary>Trades a refresh token for the session's next token pair; the presented token is used up.</summary>
/// <param name="RefreshToken">The refresh token of the last login or refresh.</param>
public sealed record RefreshSessionRequest(string RefreshToken);
