using Platform.Application.Common.Caching;

namespace Platform.Application.Projects.GetProject;

/// <summary>One project the caller is a member of (anyone else gets project_not_found).</summary>
public sealed record GetProjectQuery(Guid Id, Guid UserId) : ICachedQuery<ProjectResponse>
{
    public string CacheKey => $"projects:get:v1:{UserId:N}:{Id:N}";

    public IReadOnlyCollection<string> CacheTags => [ProjectsCacheTags.For(Id)];

    public TimeSpan CacheDuration => TimeSpan.FromMinutes(5);
}
