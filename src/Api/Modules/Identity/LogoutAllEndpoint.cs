using Platform.Application.Identity.LogoutAll;

namespace Platform.Api.Modules.Identity;

internal static class LogoutAllEndpoint
{
    public static RouteHandlerBuilder MapLogoutAll(this IEndpointRouteBuilder group) =>
        group.MapPost("/logout-all", async Task<Results<NoContent, ProblemHttpResult>> (
                ClaimsPrincipal user, HttpContext http, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new LogoutAllCommand(user.UserId()), cancellationToken)).ToNoContentEndingWebSession(http))
            .WithSummary("End every session of the caller, on every device")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .WithName("LogoutAll");
}
