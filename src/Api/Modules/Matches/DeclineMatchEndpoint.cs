using Platform.Application.Matches;
using Platform.Application.Matches.DeclineMatch;

namespace Platform.Api.Modules.Matches;

internal static class DeclineMatchEndpoint
{
    public static RouteHandlerBuilder MapDeclineMatch(this IEndpointRouteBuilder group) =>
        group.MapPost("/{id:guid}/decline", async Task<Results<Ok<MatchResponse>, ProblemHttpResult>> (
                Guid id, ClaimsPrincipal user, HttpContext http, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new DeclineMatchCommand(id, user.UserId()), cancellationToken)).ToOkWithEntityTag(http, match => match.Version))
            .WithSummary("Decline a proposed friendly")
            .WithDescription("The captain of the side that did not propose (others 403 `match_permission_denied`); a match not waiting for an answer is 409 `match_not_proposed`. Answers the cancelled match. An unknown id is 404 `match_not_found`.")
            .WithName("DeclineMatch")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
}
