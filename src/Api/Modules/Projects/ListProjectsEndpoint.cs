using Platform.Application.Common.Paging;
using Platform.Application.Projects;
using Platform.Application.Projects.ListProjects;

namespace Platform.Api.Modules.Projects;

internal static class ListProjectsEndpoint
{
    public static RouteHandlerBuilder MapListProjects(this IEndpointRouteBuilder group) =>
        group.MapGet("", async Task<Results<Ok<PagedList<ProjectResponse>>, ProblemHttpResult>> (
                ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken,
                [ValuesFrom(typeof(ProjectNames), nameof(ProjectNames.Statuses))] string? status = null, int page = Paging.FirstPage, int pageSize = Paging.DefaultPageSize) =>
                (await mediator.Send(new ListProjectsQuery(user.UserId(), status, page, pageSize), cancellationToken)).ToOk())
            .WithSummary("The projects you are a member of, newest first")
            .WithDescription("`status`: active or archived; `page` from 1, `pageSize` 1-100 (default 20); the answer carries `totalCount`.")
            .ProducesValidationProblem()
            .WithName("ListProjects");
}
