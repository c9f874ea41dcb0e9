using Platform.Application.Teams;
using Platform.Application.Teams.ListTeamMembers;

namespace Platform.Api.Modules.Teams;

internal static class ListTeamMembersEndpoint
{
    public static RouteHandlerBuilder MapListTeamMembers(this IEndpointRouteBuilder group) =>
        group.MapGet("/{id:guid}/members", async Task<Results<Ok<IReadOnlyList<TeamMemberResponse>>, ProblemHttpResult>> (
                Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ListTeamMembersQuery(id), cancellationToken)).ToOk())
            .WithSummary("A team's roster, the captain first, then by joining time")
            .WithDescription("Every signed-in user reads every roster (at most 100 members, so not paged); an unknown team answers 404 `team_not_found`.")
            .WithName("ListTeamMembers")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
