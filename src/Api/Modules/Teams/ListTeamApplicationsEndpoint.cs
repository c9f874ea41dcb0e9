using Platform.Application.Common.Paging;
using Platform.Application.Teams;
using Platform.Application.Teams.ListTeamApplications;

namespace Platform.Api.Modules.Teams;

internal static class ListTeamApplicationsEndpoint
{
    public static RouteHandlerBuilder MapListTeamApplications(this IEndpointRouteBuilder group) =>
        group.MapGet("/{id:guid}/applications", async Task<Results<Ok<PagedList<ApplicationResponse>>, ProblemHttpResult>> (
                Guid id, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken,
                [ValuesFrom(typeof(ApplicationStatuses), nameof(ApplicationStatuses.All))] string? status = null,
                int page = Paging.FirstPage, int pageSize = Paging.DefaultPageSize) =>
                (await mediator.Send(new ListTeamApplicationsQuery(id, user.UserId(), status, page, pageSize), cancellationToken)).ToOk())
            .WithSummary("A team's applications, newest first")
            .WithDescription("The captain only (403 `team_permission_denied`; an unknown team 404 `team_not_found`). `status`: pending, accepted, rejected or withdrawn; `page` from 1, `pageSize` 1-100 (default 20).")
            .WithName("ListTeamApplications")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
