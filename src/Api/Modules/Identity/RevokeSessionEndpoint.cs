using Platform.Application.Identity.RevokeSession;

namespace Platform.Api.Modules.Identity;

internal static class RevokeSessionEndpoint
{
    public static RouteHandlerBuilder MapRevokeSession(this IEndpointRouteBuilder group) =>
        group.MapDelete("/sessions/{id:guid}", async Task<Results<NoContent, ProblemHttpResult>> (
                Guid id, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new RevokeSessionCommand(user.UserId(), id), cancellationToken)).ToNoContent())
            .WithSummary("End one of the caller's sessions, e.g. a lost device's")
            .WithDescription("Answers 204; that session's tokens stop working. A session that is not yours, has ended, or does not exist answers 404 `session_not_found`.")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("RevokeSession");
}
