using Platform.Application.Identity.ListSessions;

namespace Platform.Api.Modules.Identity;

internal static class ListSessionsEndpoint
{
    public static RouteHandlerBuilder MapListSessions(this IEndpointRouteBuilder group) =>
        group.MapGet("/sessions", async Task<Results<Ok<SessionListResponse>, ProblemHttpResult>> (
                ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ListSessionsQuery(user.UserId(), user.SessionId()), cancellationToken)).ToOk())
            .RequireAuthorization(AuthorizationPolicies.LocalSession)
            .WithSummary("The caller's signed-in devices, most recently seen first")
            .WithDescription("Each active session with its app, version, device, address and user agent, and which one this request comes from (`isCurrent`). Needs a token of a session signed in here: an external provider's token gets 403 `forbidden`.")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .WithName("ListSessions");
}
