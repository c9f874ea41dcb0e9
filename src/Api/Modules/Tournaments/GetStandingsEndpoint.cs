using Platform.Application.Tournaments.GetStandings;

namespace Platform.Api.Modules.Tournaments;

internal static class GetStandingsEndpoint
{
    public static RouteHandlerBuilder MapGetStandings(this IEndpointRouteBuilder group) =>
        group.MapGet("/{id:guid}/standings", async Task<Results<Ok<IReadOnlyList<StandingResponse>>, ProblemHttpResult>> (
                Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetStandingsQuery(id), cancellationToken)).ToOk())
            .WithSummary("A round robin's or Swiss's standings")
            .WithDescription("By points (win, draw, loss and bye as set), then the declared tie-breaks in order (Buchholz: the opponents' points; Sonneborn-Berger: the beaten opponents' points and half the drawn ones'; head-to-head among the tied), then the drawing of lots recorded at the start. Empty before the start; an elimination bracket 409 `tournament_has_no_standings`; an unknown id 404.")
            .WithName("GetStandings")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
