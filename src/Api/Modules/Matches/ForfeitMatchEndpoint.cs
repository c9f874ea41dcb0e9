using System.ComponentModel.DataAnnotations;
using Platform.Application.Matches;
using Platform.Application.Matches.ForfeitMatch;

namespace Platform.Api.Modules.Matches;

internal static class ForfeitMatchEndpoint
{
    public static RouteHandlerBuilder MapForfeitMatch(this IEndpointRouteBuilder group) =>
        group.MapPost("/{id:guid}/forfeit", async Task<Results<Ok<MatchResponse>, ProblemHttpResult>> (
                Guid id, ForfeitMatchRequest body, ClaimsPrincipal user, HttpContext http, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ForfeitMatchCommand(body.TeamIds) { Id = id, UserId = user.UserId() }, cancellationToken)).ToOkWithEntityTag(http, match => match.Version))
            .WithSummary("Record a no-show in a tournament match (organisers)")
            .WithDescription("The teams named did not show: the match is `forfeit` with no score, the other team goes on; when both are named nobody does, and the next opponent has a walkover (round robin and Swiss: the forfeit is a win for the opponent). On a ready, reported or disputed tournament match (409 `match_not_forfeitable`; decided: 409 `match_decided`); teams not in the match 422 `forfeit_not_in_match`. The tournament's organisers only: 403 `match_permission_denied`.")
            .WithName("ForfeitMatch")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}

/// <summary>Who did not show.</summary>
/// <param name="TeamIds">One or both of the match's teams.</param>
public sealed record ForfeitMatchRequest([property: MaxLength(2)] IReadOnlyList<Guid>? TeamIds);
