using Platform.Application.Tournaments;
using Platform.Application.Tournaments.UpdateTournament;

namespace Platform.Api.Modules.Tournaments;

internal static class UpdateTournamentEndpoint
{
    public static RouteHandlerBuilder MapUpdateTournament(this IEndpointRouteBuilder group) =>
        group.MapPut("/{id:guid}", async Task<Results<Ok<TournamentResponse>, ProblemHttpResult>> (
                Guid id, UpdateTournamentRequest body, ClaimsPrincipal user, HttpContext http, IMediator mediator, CancellationToken cancellationToken) =>
            {
                if (!EntityTags.TryReadIfMatch(http.Request, out var version, out var refusal))
                {
                    return refusal!;
                }

                var command = new UpdateTournamentCommand(body.Name, body.City, body.Settings?.ToInput()) { Id = id, UserId = user.UserId(), ExpectedVersion = version };
                return (await mediator.Send(command, cancellationToken)).ToOkWithEntityTag(http, tournament => tournament.Version);
            })
            .WithSummary("Replace a tournament's name, city and settings before its start")
            .WithDescription("Organisers only (403 `tournament_permission_denied`); an unknown id is 404. `If-Match` with the ETag of `GET` is required (428 `precondition_required`; stale: 412 `precondition_failed`). After the start 409 `tournament_already_started`; a capacity below the accepted entries 409 `capacity_below_field`. The sport stays.")
            .WithName("UpdateTournament")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
}

/// <summary>A tournament's name, city and settings, all of them.</summary>
/// <param name="Name">1 to 100 characters after trimming.</param>
/// <param name="City">Where it is played, 1 to 100 characters.</param>
/// <param name="Settings">How it is played.</param>
public sealed record UpdateTournamentRequest(string? Name, string? City, TournamentSettingsRequest? Settings);
