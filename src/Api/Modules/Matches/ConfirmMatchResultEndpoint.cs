using Platform.Application.Matches;
using Platform.Application.Matches.ConfirmMatchResult;

namespace Platform.Api.Modules.Matches;

internal static class ConfirmMatchResultEndpoint
{
    public static RouteHandlerBuilder MapConfirmMatchResult(this IEndpointRouteBuilder group) =>
        group.MapPost("/{id:guid}/confirm", async Task<Results<Ok<MatchResponse>, ProblemHttpResult>> (
                Guid id, ClaimsPrincipal user, HttpContext http, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ConfirmMatchResultCommand(id, user.UserId()), cancellationToken)).ToOkWithEntityTag(http, match => match.Version))
            .WithSummary("Confirm the result the other side reported")
            .WithDescription("The captain of the side that did not report (the reporter: 403 `match_own_report`; others 403 `match_permission_denied`); no report waiting: 409 `match_not_awaiting_confirmation`; decided: 409 `match_decided`. Two confirmations at once complete the match once (the other gets 412). An unknown id is 404 `match_not_found`.")
            .WithName("ConfirmMatchResult")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
}
