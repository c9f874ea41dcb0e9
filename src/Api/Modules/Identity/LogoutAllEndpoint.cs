using Platform.Application.Identity.LogoutAll;

namespace Platform.Api.Modules.Identity;

internal static class LogoutAllEndpoint
{
    public static RouteHandlerBuilder MapLogoutAll(this IEndpointRouteBuilder group) =>
        group.MapPost("/logout-all", async Task<Results<NoContent, ProblemHttpResult>> (
                ClaimsPrincipal user, HttpContext http, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new LogoutAllCommand(user.UserId()), cancellationToken)).ToNoContentEndingWebSession(http))
            .WithSummary("End every session of the caller, on every device")
            .WithDescription("Answers 204; every refresh token of yours stops working at once, and every access token within seconds on every node. A web session's cookies are cleared too.")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .WithName("LogoutAll");
}
