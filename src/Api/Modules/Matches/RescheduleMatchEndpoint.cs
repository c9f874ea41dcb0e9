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
            .WithSummary("Move a proposed or scheduled friendly; the other side accepts again")
            .WithDescription("Either captain (others 403 `match_permission_denied`); the match is proposed again by your side. Same playground rules as a proposal (422 `outside_opening_hours`, 409 `playground_fully_booked`); 409 `match_not_cancellable` once a result is under way.")
            .WithName("RescheduleMatch")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}

/// <summary>When and where a friendly is to be played instead.</summary>
/// <param name="PlaygroundId">Where, if at a listed playground.</param>
/// <param name="ScheduledAt">When it starts, with an offset; in the future.</param>
/// <param name="DurationMinutes">15 to 300.</param>
public sealed record RescheduleMatchRequest(Guid? PlaygroundId, DateTimeOffset? ScheduledAt, int? DurationMinutes);
