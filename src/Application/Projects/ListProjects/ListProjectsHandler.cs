using Platform.Application.Common.Paging;

namespace Platform.Application.Projects.ListProjects;

internal sealed class ListProjectsHandler(IProjectRepository projects) : IRequestHandler<ListProjectsQuery, Result<PagedList<ProjectResponse>>>
{
    public async Task<Result<PagedList<ProjectResponse>>> Handle(ListProjectsQuery request, CancellationToken cancellationToken)
    {
        var page = await projects.ListForMemberAsync(request.UserId, ProjectNames.StatusFrom(request.Status), request.Page, request.PageSize, cancellationToken);
        return page.Map(project => ProjectResponse.From(project, request.UserId));
    }
}
