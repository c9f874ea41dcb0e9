using Platform.Application.Tournaments;
using Platform.Application.Tournaments.StartTournament;

namespace Platform.Api.Modules.Tournaments;

internal static class StartTournamentEndpoint
{
    public static RouteHandlerBuilder MapStartTournament(this IEndpointRouteBuilder group) =>
        group.MapPost("/{id:guid}/start", async Task<Results<Ok<TournamentResponse>, ProblemHttpResult>> (
                Guid id, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new StartTournamentCommand(id, user.UserId()), cancellationToken)).ToOk())
            .WithSummary("Start the tournament: close registration and make the draw")
            .WithDescription("Organisers only (403 `tournament_permission_denied`), an unknown id 404. Needs at least 2 accepted entries (422 `too_few_entrants`; a third-place match needs 4, 422 `third_place_needs_four_entrants`; a Swiss more entries than rounds, 422 `swiss_rounds_too_many`); once (409 `tournament_already_started`). Builds every match of an elimination bracket (pending until its sides are known), every round-robin round, or a Swiss's round 1; the captains are told.")
            .WithName("StartTournament")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
