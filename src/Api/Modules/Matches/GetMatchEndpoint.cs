using Platform.Application.Matches;
using Platform.Application.Matches.GetMatch;
using Platform.Domain.Identity;

namespace Platform.Api.Modules.Matches;

internal static class GetMatchEndpoint
{
    public static RouteHandlerBuilder MapGetMatch(this IEndpointRouteBuilder group) =>
        group.MapGet("/{id:guid}", async Task<Results<Ok<MatchResponse>, ProblemHttpResult>> (
                Guid id, ClaimsPrincipal user, HttpContext http, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetMatchQuery(id, user.UserId(), user.IsInRole(Role.Moderator)), cancellationToken)).ToOkWithEntityTag(http, match => match.Version))
            .WithSummary("One match, with its local start time and zone")
            .WithDescription("Every signed-in user reads every match; `report` is shown to the two teams' members and moderators only (null for others). An unknown id is 404 `match_not_found`.")
            .WithName("GetMatch")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
