using Platform.Application.Common.Caching;

namespace Platform.Application.Projects.GetProjectV2;

/// <summary>One project the caller is a member of, in the v2 shape (anyone else gets project_not_found).</summary>
public sealed record GetProjectV2Query(Guid Id, Guid UserId) : ICachedQuery<ProjectV2Response>
{
    public string CacheKey => $"projects:get:v2:{UserId:N}:{Id:N}";

    public IReadOnlyCollection<string> CacheTags => [ProjectsCacheTags.For(Id)];

    public TimeSpan CacheDuration => TimeSpan.FromMinutes(5);
}
