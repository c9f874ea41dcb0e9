using Platform.Application.Common.Paging;
using Platform.Application.Tournaments;
using Platform.Application.Tournaments.ListTournaments;
using Platform.Domain.Community;

namespace Platform.Api.Modules.Tournaments;

internal static class ListTournamentsEndpoint
{
    public static RouteHandlerBuilder MapListTournaments(this IEndpointRouteBuilder group) =>
        group.MapGet("", async Task<Results<Ok<PagedList<TournamentResponse>>, ProblemHttpResult>> (
                IMediator mediator, CancellationToken cancellationToken,
                [ValuesFrom(typeof(Sports), nameof(Sports.All))] string? sport = null, string? city = null,
                [ValuesFrom(typeof(TournamentNames), nameof(TournamentNames.States))] string? state = null,
                [ValuesFrom(typeof(TournamentNames), nameof(TournamentNames.Formats))] string? format = null,
                int page = Paging.FirstPage, int pageSize = Paging.DefaultPageSize) =>
                (await mediator.Send(new ListTournamentsQuery(sport, city, state, format, page, pageSize), cancellationToken)).ToOk())
            .WithSummary("Every tournament, newest first, one page at a time")
            .WithDescription("`sport`: a sport's code; `city`: the whole city name, any case; `state`; `format`. `page` from 1, `pageSize` 1-100 (default 20); the answer holds the page and the total count.")
            .WithName("ListTournaments")
            .ProducesValidationProblem();
}
