using Platform.Application.Projects.GetProjectStats;

namespace Platform.Api.Modules.Projects;

internal static class GetProjectStatsEndpoint
{
    public static RouteHandlerBuilder MapGetProjectStats(this IEndpointRouteBuilder group) =>
        group.MapGet("/stats", async Task<Results<Ok<ProjectStatsResponse>, ProblemHttpResult>> (
                ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken, int weeks = GetProjectStatsQuery.DefaultWeeks) =>
                (await mediator.Send(new GetProjectStatsQuery(user.UserId(), weeks), cancellationToken)).ToOk())
            .WithSummary("Your projects counted by status, and created per week")
            .WithDescription("`weeks`: 1-104 (default 12); weeks start on Monday (UTC) and weeks without projects count 0.")
            .ProducesValidationProblem()
            .WithName("GetProjectStats");
}
