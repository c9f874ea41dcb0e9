using Platform.Application.Identity.Logout;

namespace Platform.Api.Modules.Identity;

internal static class LogoutEndpoint
{
    public static RouteHandlerBuilder MapLogout(this IEndpointRouteBuilder group) =>
        group.MapPost("/logout", async Task<Results<NoContent, ProblemHttpResult>> (
                ClaimsPrincipal user, HttpContext http, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new LogoutCommand(user.UserId(), user.SessionId()), cancellationToken)).ToNoContentEndingWebSession(http))
            .RequireAuthorization(AuthorizationPolicies.LocalSession)
            .WithSummary("End this session: its refresh token and access tokens stop working (web: the cookies are cleared)")
            .WithDescription("Answers 204; the session of this access token ends. Needs a token of a session signed in here: an external provider's token gets 403 `forbidden`.")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .WithName("Logout");
}
