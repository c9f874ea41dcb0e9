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
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .WithName("ListSessions");
}
