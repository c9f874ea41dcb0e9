using Platform.Application.Tournaments;
using Platform.Application.Tournaments.EnterTournament;

namespace Platform.Api.Modules.Tournaments;

internal static class EnterTournamentEndpoint
{
    public static RouteHandlerBuilder MapEnterTournament(this IEndpointRouteBuilder group) =>
        group.MapPost("/{id:guid}/entries", async Task<Results<Created<EntryResponse>, ProblemHttpResult>> (
                Guid id, EnterTournamentRequest body, ClaimsPrincipal user, HttpRequest request, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new EnterTournamentCommand(body.TeamId) { Id = id, UserId = user.UserId() }, cancellationToken))
                    .ToCreated(created => $"{request.PathBase}{request.Path.Value?.TrimEnd('/')}/{created.Id}"))
            .WithSummary("Enter your team; the entry is pending until an organiser decides")
            .WithDescription("The team's captain only (403 `tournament_permission_denied`); an unknown tournament 404, an unknown team 422 `entry_team_not_found`. While registration is open (409 `registration_closed`); once per team (409 `entry_already_exists`); no player on two entries (409 `player_in_two_entries`); the tournament's sport (422 `tournament_sport_differs`) and minimum roster (422 `roster_too_small`). The organisers are not notified yet; they list pending entries.")
            .WithName("EnterTournament")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}

/// <summary>The team to enter.</summary>
/// <param name="TeamId">A team you captain.</param>
public sealed record EnterTournamentRequest(Guid? TeamId);
