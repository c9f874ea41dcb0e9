using Platform.Application.Tournaments;
using Platform.Application.Tournaments.GetTournament;

namespace Platform.Api.Modules.Tournaments;

internal static class GetTournamentEndpoint
{
    public static RouteHandlerBuilder MapGetTournament(this IEndpointRouteBuilder group) =>
        group.MapGet("/{id:guid}", async Task<Results<Ok<TournamentResponse>, ProblemHttpResult>> (
                Guid id, HttpContext http, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetTournamentQuery(id), cancellationToken)).ToOkWithEntityTag(http, tournament => tournament.Version))
            .WithSummary("One tournament")
            .WithDescription("Every signed-in user reads every tournament; an unknown id answers 404 `tournament_not_found`. The ETag names the version that `PUT` needs in If-Match.")
            .WithName("GetTournament")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
