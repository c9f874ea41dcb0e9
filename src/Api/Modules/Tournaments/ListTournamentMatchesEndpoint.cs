using Platform.Application.Common.Paging;
using Platform.Application.Matches;
using Platform.Application.Matches.ListTournamentMatches;
using Platform.Domain.Identity;

namespace Platform.Api.Modules.Tournaments;

internal static class ListTournamentMatchesEndpoint
{
    public static RouteHandlerBuilder MapListTournamentMatches(this IEndpointRouteBuilder group) =>
        group.MapGet("/{id:guid}/matches", async Task<Results<Ok<PagedList<MatchResponse>>, ProblemHttpResult>> (
                Guid id, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken,
                int? round = null, [ValuesFrom(typeof(MatchNames), nameof(MatchNames.Statuses))] string? status = null,
                int page = Paging.FirstPage, int pageSize = Paging.DefaultPageSize) =>
                (await mediator.Send(new ListTournamentMatchesQuery(id, round, status, page, pageSize, user.UserId(), user.IsInRole(Role.Moderator)), cancellationToken)).ToOk())
            .WithSummary("A tournament's matches in bracket order")
            .WithDescription("By side (winners, losers, grand_final, third_place), round and number; `round` and `status` narrow them. Byes are never matches. Report, confirm and dispute them under /api/v1/matches; organisers decide disputes. `page` from 1, `pageSize` 1-100. An unknown id 404 `tournament_not_found`.")
            .WithName("ListTournamentMatches")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
