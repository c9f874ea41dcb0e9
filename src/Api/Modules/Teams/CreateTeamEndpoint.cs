using Platform.Application.Teams;
using Platform.Application.Teams.CreateTeam;
using Platform.Domain.Community;

namespace Platform.Api.Modules.Teams;

internal static class CreateTeamEndpoint
{
    public static RouteHandlerBuilder MapCreateTeam(this IEndpointRouteBuilder group) =>
        group.MapPost("", async Task<Results<Created<TeamResponse>, ProblemHttpResult>> (
                CreateTeamRequest body, ClaimsPrincipal user, HttpRequest request, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new CreateTeamCommand(body.Name, body.Sport, body.City, body.Recruiting ?? true, body.RosterLimit) { CaptainId = user.UserId() }, cancellationToken))
                    .ToCreated(created => $"{request.PathBase}{request.Path.Value?.TrimEnd('/')}/{created.Id}"))
            .WithSummary("Create a team; you are its captain and first member")
            .WithDescription("Names are unique within a sport whatever the case (409 `team_name_taken`); an unknown sport is 400 `sport_unknown`. Answers 201 with the team and its Location.")
            .WithName("CreateTeam")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
}

/// <summary>A new team.</summary>
/// <param name="Name">1 to 100 characters after trimming; unique within the sport, whatever the case.</param>
/// <param name="Sport">The sport's code.</param>
/// <param name="City">Where the team plays, 1 to 100 characters.</param>
/// <param name="Recruiting">Whether it takes applications; true when absent.</param>
/// <param name="RosterLimit">The most members, the captain included: 1 to 100, 25 when absent.</param>
public sealed record CreateTeamRequest(
    string? Name,
    [property: ValuesFrom(typeof(Sports), nameof(Sports.All))] string? Sport,
    string? City,
    bool? Recruiting = null,
    int? RosterLimit = null);
