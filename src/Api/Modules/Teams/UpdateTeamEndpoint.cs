using Platform.Application.Teams;
using Platform.Application.Teams.UpdateTeam;
using Platform.Domain.Community;

namespace Platform.Api.Modules.Teams;

internal static class UpdateTeamEndpoint
{
    public static RouteHandlerBuilder MapUpdateTeam(this IEndpointRouteBuilder group) =>
        group.MapPut("/{id:guid}", async Task<Results<Ok<TeamResponse>, ProblemHttpResult>> (
                Guid id, UpdateTeamRequest body, ClaimsPrincipal user, HttpContext http, IMediator mediator, CancellationToken cancellationToken) =>
            {
                if (!EntityTags.TryReadIfMatch(http.Request, out var version, out var refusal))
                {
                    return refusal!;
                }

                var command = new UpdateTeamCommand(body.Name, body.Sport, body.City, body.Recruiting ?? true, body.RosterLimit)
                {
                    Id = id, UserId = user.UserId(), ExpectedVersion = version,
                };
                return (await mediator.Send(command, cancellationToken)).ToOkWithEntityTag(http, team => team.Version);
            })
            .WithSummary("Replace a team's name, sport, city, recruiting and roster limit")
            .WithDescription("The captain only (403 `team_permission_denied`); an unknown id is 404. `If-Match` with the ETag of `GET` is required (428 `precondition_required`; stale: 412 `precondition_failed`). A limit below the roster is 409 `roster_limit_below_roster`; a name another team of the sport has is 409 `team_name_taken`.")
            .WithName("UpdateTeam")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
}

/// <summary>A team's details, all of them (absent optional ones take their defaults).</summary>
/// <param name="Name">1 to 100 characters after trimming; unique within the sport, whatever the case.</param>
/// <param name="Sport">The sport's code.</param>
/// <param name="City">Where the team plays, 1 to 100 characters.</param>
/// <param name="Recruiting">Whether it takes applications; true when absent.</param>
/// <param name="RosterLimit">The most members, the captain included: 1 to 100, 25 when absent; not below the roster.</param>
public sealed record UpdateTeamRequest(
    string? Name,
    [property: ValuesFrom(typeof(Sports), nameof(Sports.All))] string? Sport,
    string? City,
    bool? Recruiting = null,
    int? RosterLimit = null);
