using Platform.Application.Matches;
using Platform.Application.Matches.ProposeMatch;

namespace Platform.Api.Modules.Matches;

internal static class ProposeMatchEndpoint
{
    public static RouteHandlerBuilder MapProposeMatch(this IEndpointRouteBuilder group) =>
        group.MapPost("", async Task<Results<Created<MatchResponse>, ProblemHttpResult>> (
                ProposeMatchRequest body, ClaimsPrincipal user, HttpRequest request, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ProposeMatchCommand(body.HomeTeamId, body.AwayTeamId, body.PlaygroundId, body.ScheduledAt, body.DurationMinutes)
                    { UserId = user.UserId() }, cancellationToken))
                    .ToCreated(created => $"{request.PathBase}{request.Path.Value?.TrimEnd('/')}/{created.Id}"))
            .WithSummary("Propose a friendly to another team (home captain)")
            .WithDescription("Answers 201 with the proposed match; the away captain accepts or declines it. Only the home captain proposes (403 `match_permission_denied`). 422: `match_same_team`, `match_sports_differ`, `match_in_the_past`, `outside_opening_hours` (the playground's local hours, DST included). 409 `playground_fully_booked` when every pitch is taken for part of the time; 404 `team_not_found` or `playground_not_found`.")
            .WithName("ProposeMatch")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}

/// <summary>A friendly proposal.</summary>
/// <param name="HomeTeamId">Your team (you captain it).</param>
/// <param name="AwayTeamId">The team you invite.</param>
/// <param name="PlaygroundId">Where, if at a listed playground: it must be open throughout and have a pitch free.</param>
/// <param name="ScheduledAt">When it starts, with an offset (stored in UTC); in the future.</param>
/// <param name="DurationMinutes">15 to 300.</param>
public sealed record ProposeMatchRequest(Guid HomeTeamId, Guid AwayTeamId, Guid? PlaygroundId, DateTimeOffset? ScheduledAt, int? DurationMinutes);
