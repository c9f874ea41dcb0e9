using Platform.Application.Teams;
using Platform.Application.Teams.GetTeam;

namespace Platform.Api.Modules.Teams;

internal static class GetTeamEndpoint
{
    public static RouteHandlerBuilder MapGetTeam(this IEndpointRouteBuilder group) =>
        group.MapGet("/{id:guid}", async Task<Results<Ok<TeamResponse>, ProblemHttpResult>> (
                Guid id, HttpContext http, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetTeamQuery(id), cancellationToken)).ToOkWithEntityTag(http, team => team.Version))
            .WithSummary("One team, whoever captains it")
            .WithDescription("Every signed-in user reads every team; an unknown id answers 404 `team_not_found`. The ETag names the version that `PUT` needs in If-Match.")
            .WithName("GetTeam")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
