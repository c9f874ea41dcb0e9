using Platform.Application.Matches;
using Platform.Application.Matches.RescheduleMatch;

namespace Platform.Api.Modules.Matches;

internal static class RescheduleMatchEndpoint
{
    public static RouteHandlerBuilder MapRescheduleMatch(this IEndpointRouteBuilder group) =>
        group.MapPost("/{id:guid}/reschedule", async Task<Results<Ok<MatchResponse>, ProblemHttpResult>> (
                Guid id, RescheduleMatchRequest body, ClaimsPrincipal user, HttpContext http, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new RescheduleMatchCommand(body.PlaygroundId, body.ScheduledAt, body.DurationMinutes) { Id = id, UserId = user.UserId() }, cancellationToken))
                    .ToOkWithEntityTag(http, match => match.Version))
            .WithSummary("Move a proposed or scheduled friendly (the other side accepts again), or set a tournament match's kickoff")
            .WithDescription("A friendly: either captain (others 403 `match_permission_denied`); the match is proposed again by your side; 409 `match_not_cancellable` once a result is under way. A tournament's match: its organisers only (others 403 `match_permission_denied`) set or move the kickoff of a pending or ready match, which stays as it is and takes reports once the kickoff has passed; its known captains are told (`matches.kickoff-set`); reported or decided 409 `match_not_schedulable` / `match_decided`. Both keep the playground rules of a proposal: open throughout in its local time, DST included (422 `outside_opening_hours`), a pitch free (409 `playground_fully_booked`); the response carries the local start time and the zone.")
            .WithName("RescheduleMatch")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}

/// <summary>When and where a friendly is to be played instead, or a tournament match at all.</summary>
/// <param name="PlaygroundId">Where, if at a listed playground.</param>
/// <param name="ScheduledAt">When it starts, with an offset; in the future.</param>
/// <param name="DurationMinutes">15 to 300.</param>
public sealed record RescheduleMatchRequest(Guid? PlaygroundId, DateTimeOffset? ScheduledAt, int? DurationMinutes);
