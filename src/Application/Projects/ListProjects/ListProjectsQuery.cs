using MapsterMapper;
using Platform.Application.Common.Caching;
using Platform.Application.Common.Paging;

namespace Platform.Application.Projects.ListProjects;

/// <summary>The projects the caller is a member of, newest first, one page at a time, optionally by status.</summary>
public sealed record ListProjectsQuery(Guid UserId, string? Status, int Page, int PageSize) : ICachedQuery<PagedList<ProjectResponse>>
{
    public string CacheKey => $"projects:list:v1:{UserId:N}:{Status}:{Page}:{PageSize}";

    public IReadOnlyCollection<string> CacheTags => [ProjectsCacheTags.ForMember(UserId)];

    public TimeSpan CacheDuration => TimeSpan.FromMinutes(5);
}

internal sealed class ListProjectsHandler(IProjectRepository projects, IMapper mapper) : IRequestHandler<ListProjectsQuery, Result<PagedList<ProjectResponse>>>
{
    public async Task<Result<PagedList<ProjectResponse>>> Handle(ListProjectsQuery request, CancellationToken cancellationToken)
    {
        var page = await projects.ListForMemberAsync(request.UserId, ProjectNames.StatusFrom(request.Status), request.Page, request.PageSize, cancellationToken);
        return page.Map(project => mapper.MapFor<ProjectResponse>(project, request.UserId));
    }
}
