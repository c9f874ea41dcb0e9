using Platform.Application.Matches;
using Platform.Application.Matches.AcceptMatch;

namespace Platform.Api.Modules.Matches;

internal static class AcceptMatchEndpoint
{
    public static RouteHandlerBuilder MapAcceptMatch(this IEndpointRouteBuilder group) =>
        group.MapPost("/{id:guid}/accept", async Task<Results<Ok<MatchResponse>, ProblemHttpResult>> (
                Guid id, ClaimsPrincipal user, HttpContext http, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new AcceptMatchCommand(id, user.UserId()), cancellationToken)).ToOkWithEntityTag(http, match => match.Version))
            .WithSummary("Accept a proposed friendly")
            .WithDescription("The captain of the side that did not propose (others 403 `match_permission_denied`); a match not waiting for an answer is 409 `match_not_proposed`. Answers the scheduled match. An unknown id is 404 `match_not_found`.")
            .WithName("AcceptMatch")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
}
