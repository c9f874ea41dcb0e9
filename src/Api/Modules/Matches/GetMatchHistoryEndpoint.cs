using Platform.Application.Matches;
using Platform.Application.Matches.GetMatchHistory;
using Platform.Domain.Identity;

namespace Platform.Api.Modules.Matches;

internal static class GetMatchHistoryEndpoint
{
    public static RouteHandlerBuilder MapGetMatchHistory(this IEndpointRouteBuilder group) =>
        group.MapGet("/{id:guid}/history", async Task<Results<Ok<IReadOnlyList<MatchHistoryEntryResponse>>, ProblemHttpResult>> (
                Guid id, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetMatchHistoryQuery(id, user.UserId(), user.IsInRole(Role.Moderator)), cancellationToken)).ToOk())
            .WithSummary("Every step of a match, oldest first")
            .WithDescription("For the two teams' members and whoever settles the match (moderators for a friendly, its organisers for a tournament's match); anyone else gets 404 `match_not_found`, like an unknown id.")
            .WithName("GetMatchHistory")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
