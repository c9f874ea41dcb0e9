using Platform.Application.Common.Paging;
using Platform.Application.Playgrounds;
using Platform.Application.Playgrounds.ListPlaygrounds;
using Platform.Domain.Community;

namespace Platform.Api.Modules.Playgrounds;

internal static class ListPlaygroundsEndpoint
{
    public static RouteHandlerBuilder MapListPlaygrounds(this IEndpointRouteBuilder group) =>
        group.MapGet("", async Task<Results<Ok<PagedList<PlaygroundResponse>>, ProblemHttpResult>> (
                IMediator mediator, CancellationToken cancellationToken,
                string? city = null, [ValuesFrom(typeof(Sports), nameof(Sports.All))] string? sport = null, string? near = null, double? radiusKm = null,
                int page = Paging.FirstPage, int pageSize = Paging.DefaultPageSize) =>
                (await mediator.Send(new ListPlaygroundsQuery(city, sport, near, radiusKm, page, pageSize), cancellationToken)).ToOk())
            .WithSummary("Playgrounds: by city and sport, or nearest first around a point")
            .WithDescription("`city`: the whole name, any case; `sport`: a code; `near=lat,lon` with `radiusKm` (over 0, at most 200, default 10) lists those within the circle nearest first, each with `distanceKm` (great-circle, computed by PostgreSQL); otherwise newest first. `page` from 1, `pageSize` 1-100 (default 20).")
            .WithName("ListPlaygrounds")
            .ProducesValidationProblem();
}
