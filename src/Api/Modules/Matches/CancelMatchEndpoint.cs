using Platform.Application.Matches;
using Platform.Application.Matches.CancelMatch;

namespace Platform.Api.Modules.Matches;

internal static class CancelMatchEndpoint
{
    public static RouteHandlerBuilder MapCancelMatch(this IEndpointRouteBuilder group) =>
        group.MapPost("/{id:guid}/cancel", async Task<Results<Ok<MatchResponse>, ProblemHttpResult>> (
                Guid id, ClaimsPrincipal user, HttpContext http, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new CancelMatchCommand(id, user.UserId()), cancellationToken)).ToOkWithEntityTag(http, match => match.Version))
            .WithSummary("Call off a proposed or scheduled match")
            .WithDescription("Either captain (others 403 `match_permission_denied`); a decided match is 409 `match_decided`, one with a result under way 409 `match_not_cancellable`. An unknown id is 404 `match_not_found`.")
            .WithName("CancelMatch")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
}
