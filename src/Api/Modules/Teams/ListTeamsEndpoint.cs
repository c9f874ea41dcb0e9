using Platform.Application.Common.Paging;
using Platform.Application.Teams;
using Platform.Application.Teams.ListTeams;
using Platform.Domain.Community;

namespace Platform.Api.Modules.Teams;

internal static class ListTeamsEndpoint
{
    public static RouteHandlerBuilder MapListTeams(this IEndpointRouteBuilder group) =>
        group.MapGet("", async Task<Results<Ok<PagedList<TeamResponse>>, ProblemHttpResult>> (
                IMediator mediator, CancellationToken cancellationToken,
                string? name = null, [ValuesFrom(typeof(Sports), nameof(Sports.All))] string? sport = null, string? city = null, bool? recruiting = null,
                int page = Paging.FirstPage, int pageSize = Paging.DefaultPageSize) =>
                (await mediator.Send(new ListTeamsQuery(name, sport, city, recruiting, page, pageSize), cancellationToken)).ToOk())
            .WithSummary("Every team, newest first, one page at a time")
            .WithDescription("`name`: a part of the name, any case; `sport`: a sport's code; `city`: the whole city name, any case; `recruiting`: true or false. `page` from 1, `pageSize` 1-100 (default 20); the answer holds the page and the total count.")
            .WithName("ListTeams")
            .ProducesValidationProblem();
}
