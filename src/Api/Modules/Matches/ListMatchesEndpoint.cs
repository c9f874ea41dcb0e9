using Platform.Application.Matches;
using Platform.Application.Matches.ListMatches;
using Platform.Domain.Identity;

namespace Platform.Api.Modules.Matches;

internal static class ListMatchesEndpoint
{
    public static RouteHandlerBuilder MapListMatches(this IEndpointRouteBuilder group) =>
        group.MapGet("", async Task<Results<Ok<MatchPage>, ProblemHttpResult>> (
                ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken,
                Guid? teamId = null, [ValuesFrom(typeof(MatchNames), nameof(MatchNames.Statuses))] string? status = null,
                DateTimeOffset? from = null, DateTimeOffset? to = null, string? cursor = null, int limit = 20) =>
                (await mediator.Send(new ListMatchesQuery(teamId, status, from, to, cursor, limit, user.UserId(), user.IsInRole(Role.Moderator)), cancellationToken)).ToOk())
            .WithSummary("Matches by start time")
            .WithDescription("`teamId`: a team's matches, home or away; `status`; `from`/`to`: start times (from inclusive, to exclusive, with offsets). `limit` 1-100 (default 20); send `nextCursor` back as `cursor` for the next page.")
            .WithName("ListMatches")
            .ProducesValidationProblem();
}
