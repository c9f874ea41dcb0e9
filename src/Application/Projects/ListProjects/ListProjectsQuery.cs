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
